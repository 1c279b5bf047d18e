import Testing

@testable import Sayso

/// Forces sent or arriving act for their country, and peacekeeping is aid.
struct ForcesTests {
  @Test func deployedForcesActWithoutAnAgent() throws {
    let doc = analyzeEvents("Some 2,000 Russian soldiers were deployed along the border with Ukraine.")
    let e = try #require(doc.event(.mobilize))
    #expect(e.source.text == "Some 2,000 Russian soldiers")
    #expect(e.target?.text.hasPrefix("the border") == true)
  }

  @Test func aRoleAfterAsIsNoPlace() throws {
    let doc = analyzeEvents("French troops were deployed as a rapid reaction force in Lebanon.")
    let e = try #require(doc.event(.mobilize))
    #expect(e.target?.text == "Lebanon")
  }

  @Test func arrivingTroopsMobilize() throws {
    let doc = analyzeEvents("Hundreds of Russian troops have arrived in Iraq.")
    let e = try #require(doc.event(.mobilize))
    #expect(e.source.text == "Hundreds of Russian troops")
    #expect(e.target?.text == "Iraq")
  }

  @Test func peacekeepersBringAid() throws {
    let doc = analyzeEvents(
      "Egyptian peacekeepers arrived at the airport in Lebanon to join the UN peacekeeping mission.")
    let e = try #require(doc.event(.aid))
    #expect(e.source.text == "Egyptian peacekeepers")
  }

  @Test func arrivingCiviliansAreNoEvent() {
    #expect(analyzeEvents("Hundreds of refugees arrived in Egypt on Monday.").events.isEmpty)
  }

  @Test func aRelativeClauseIsNotTheSubject() throws {
    let doc = analyzeEvents("Egyptian peacekeepers who are part of the second group arrived in Lebanon on Monday.")
    let e = try #require(doc.events.first)
    #expect(e.source.text == "Egyptian peacekeepers")
  }

  @Test func aRelativeClauseBetweenCommasIsSkipped() throws {
    let doc = analyzeEvents("Rebels, who are backed by Iran, attacked the town.")
    let e = try #require(doc.event(.assault))
    #expect(e.source.text == "Rebels")
  }

  @Test func forcesLeavingAPlaceRetreat() throws {
    let doc = analyzeEvents("American troops have begun leaving Iraq.")
    let e = try #require(doc.event(.retreat))
    #expect(e.source.text == "American troops")
    #expect(e.target?.text == "Iraq")
  }

  @Test func aMinisterLeavingAMeetingIsNoRetreat() {
    #expect(analyzeEvents("The Egyptian minister left the meeting early.").events.isEmpty)
  }
}
