import Testing

@testable import Sayso

/// Saying what another side must do, or that it is to blame, is itself an
/// act: a demand or an accusation by the one who says it.
struct ReportedDemandTests {
  @Test func sayingASideMustActIsADemand() throws {
    let doc = analyzeEvents("Egypt said on Monday that Iraq must return the seized tanker.")
    let e = try #require(doc.event(.request))
    #expect(e.source.text == "Egypt")
    #expect(e.target?.text == "Iraq")
    #expect(doc.slice(e.trigger) == "said")
    #expect(e.claimedBy == nil)
  }

  @Test func shouldIsADemandToo() throws {
    let doc = analyzeEvents("The Iraqi foreign minister insisted Israel should withdraw its troops.")
    let e = try #require(doc.event(.request))
    #expect(e.target?.text == "Israel")
  }

  @Test func aPronounSubjectIsNoOneDemandedOf() {
    let doc = analyzeEvents("Egypt said it must act soon.")
    #expect(doc.event(.request) == nil)
  }

  @Test func sayingASideIsResponsibleAccusesIt() throws {
    let doc = analyzeEvents("The Iraqi government said Egyptian militants were responsible for the attack.")
    let e = try #require(doc.event(.accuse))
    #expect(e.source.text == "The Iraqi government")
    #expect(e.target?.text == "Egyptian militants")
  }

  @Test func soFarBetweenSubjectAndVerb() throws {
    let doc = analyzeEvents("Egypt has so far refused to deploy troops to Iraq.")
    let e = try #require(doc.event(.reject))
    #expect(e.source.text == "Egypt")
  }
}
