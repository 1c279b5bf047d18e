import Testing

@testable import Sayso

/// Troops, teams and missions on their way are not the other side of an
/// event; the country they go to is.
struct DestinationTests {
  @Test func troopsSentGoToTheCountry() throws {
    let doc = analyzeEvents("France offered to send troops to Lebanon next month.")
    let e = try #require(doc.events.first)
    #expect(e.source.text == "France")
    #expect(e.target?.text == "Lebanon")
  }

  @Test func aMissionInACountryStandsForTheCountry() throws {
    let doc = analyzeEvents("Egypt is sending troops to the UN peacekeeping mission in Lebanon.")
    let e = try #require(doc.events.first)
    #expect(e.target?.text == "Lebanon")
  }

  @Test func aUnitedNationsForceInACountryStandsForTheCountry() throws {
    let doc = analyzeEvents("Egypt is sending troops to the United Nations peacekeeping force in Lebanon.")
    let e = try #require(doc.event(.aid))
    #expect(e.target?.text == "Lebanon")
  }

  @Test func aForceInASmallerCountryStandsForTheCountry() throws {
    let doc = analyzeEvents("France sent 300 troops to an international force in Liberia.")
    let e = try #require(doc.event(.aid))
    #expect(e.target?.text == "Liberia")
  }

  @Test func aThingDoneInACountryIsForTheCountry() throws {
    let doc = analyzeEvents("Egypt agreed to build a new bridge in Lebanon.")
    let e = try #require(doc.event(.agree))
    #expect(e.target?.text == "Lebanon")
  }

  @Test func whatIsReturnedGoesToTheOneNamedAfterTo() throws {
    let doc = analyzeEvents("France returned a painting by Ana Ruiz to the Iraqi government on Monday.")
    let e = try #require(doc.event(.retreat))
    #expect(e.target?.text == "the Iraqi government")
  }

  @Test func handingOverIsAidToTheReceiver() throws {
    let doc = analyzeEvents("Egypt handed over medical supplies to the Iraqi health ministry.")
    let e = try #require(doc.event(.aid))
    #expect(e.target?.text == "the Iraqi health ministry")
  }

  @Test func aNumberMayStandBeforeTheParticle() throws {
    let doc = analyzeEvents("France sent 200 troops to Lebanon.")
    let e = try #require(doc.event(.aid))
    #expect(e.target?.text == "Lebanon")
  }

  @Test func sendingResourcesIsAid() throws {
    let doc = analyzeEvents("Egypt is willing to send more resources to Lebanon.")
    let e = try #require(doc.events.first)
    #expect(e.target?.text == "Lebanon")
  }

  @Test func examplesAfterIncludingBelongToTheSubject() throws {
    let doc = analyzeEvents("Iraqi aircraft including helicopter gunships attacked the village.")
    let e = try #require(doc.event(.assault))
    #expect(e.source.text == "Iraqi aircraft including helicopter gunships")
  }

  @Test func anActorObjectKeepsItsPlace() throws {
    let doc = analyzeEvents("Israeli police arrested protesters in Jerusalem on Friday.")
    let e = try #require(doc.event(.coerce))
    #expect(e.target?.text == "protesters")
  }

  @Test func adverbsBetweenSubjectAndVerbAreSkipped() throws {
    let doc = analyzeEvents("Egypt has once again outright rejected an Iraqi proposal for talks.")
    let e = try #require(doc.event(.reject))
    #expect(e.source.text == "Egypt")
  }

  @Test func lendingAndOverrunningAreEvents() {
    #expect(analyzeEvents("France lent $1 billion to Lebanon.").event(.aid) != nil)
    #expect(analyzeEvents("Rebels overran an army base in Iraq.").event(.assault) != nil)
    #expect(analyzeEvents("Egypt lifted the curfew in Cairo.").event(.concede) != nil)
  }

  @Test func anObjectOfARelativeClauseIsNoReporter() {
    let doc = analyzeEvents(
      "“Those who invaded Lebanon believed they could overthrow the government,” the minister said.")
    #expect(!doc.events.contains { $0.source.text == "Lebanon" })
  }
}
