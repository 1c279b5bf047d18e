import Testing

@testable import Sayso

/// Help for an undertaking is help for the place it serves; things handed
/// over go to the one named after "to", however long their description.
struct UndertakingTests {
  @Test func contributingToAnOperationHelpsItsPlace() throws {
    let doc = analyzeEvents("Egypt agreed to contribute to the peacekeeping operation in Lebanon.")
    let e = try #require(doc.event(.agree))
    #expect(e.target?.text == "Lebanon")
  }

  @Test func anOwnedEffortStandsForItsOwner() throws {
    let doc = analyzeEvents("France has supported Lebanon's efforts to join the European Union.")
    let e = try #require(doc.event(.support))
    #expect(e.target?.text == "Lebanon's efforts")
  }

  @Test func anAttackOnAMissionHitsTheMission() throws {
    let doc = analyzeEvents("Rebels attacked the UN mission in Lebanon.")
    let e = try #require(doc.event(.assault))
    #expect(e.target?.text == "the UN mission")
  }

  @Test func aLongDescriptionBeforeToStillReachesTheReceiver() throws {
    let doc = analyzeEvents(
      "France returned ancient artifacts, including a bronze statue and two painted vases, to the Iraqi government.")
    let e = try #require(doc.event(.retreat))
    #expect(e.target?.text == "the Iraqi government")
  }

  @Test func anAmountInDollarsIsOnePhrase() throws {
    let doc = analyzeEvents(
      "Egypt handed over more than $4 million worth of new medical equipment and medicines to the Iraqi health ministry."
    )
    let e = try #require(doc.event(.aid))
    #expect(e.target?.text == "the Iraqi health ministry")
  }
}
