import Testing

@testable import Sayso

/// Negated, future and hypothetical events, and events claimed by a quotation.
struct EventsModalityTests {
  @Test func negated() throws {
    let doc = analyzeEvents("Russia did not attack Ukraine that night.")
    #expect(doc.event(.assault)?.modality == .negated)
  }

  @Test func future() throws {
    // An announced attack is, in PLOVER, a threat; the future stays on the action itself elsewhere.
    let doc = analyzeEvents("Russia will attack Ukraine.")
    #expect(doc.event(.threaten)?.evidence.hasSuffix("+intent") == true)
    #expect(analyzeEvents("Israel will release the prisoners.").event(.agree) != nil)
  }

  @Test func hypothetical() throws {
    let doc = analyzeEvents("Iran could attack Israel, analysts fear.")
    #expect(doc.event(.assault)?.modality == .hypothetical)
  }

  @Test func threatenedToIsHypothetical() throws {
    let doc = analyzeEvents("Iraq threatened to expel the French ambassador.")
    #expect(doc.event(.threaten)?.source.actorCode == "IRQ GOV")
    let expel = try #require(doc.event(.sanction))
    #expect(expel.modality == .hypothetical)
    #expect(expel.target?.actorCode == "FRA GOV")
  }

  @Test func refusingCooperationIsRejection() throws {
    let doc = analyzeEvents("Egypt will not support the French plan.")
    let e = try #require(doc.event(.reject))
    #expect(e.evidence.hasSuffix("+negated-cooperation"))
  }

  @Test func eventInsideQuoteIsClaimed() throws {
    let doc = analyzeEvents("“Israel attacked our convoy,” the Lebanese minister Karim Daou said.")
    let quote = try #require(doc.quotes.first)
    let e = try #require(doc.event(.assault))
    #expect(e.claimedBy == quote.id)
  }

  @Test func eventInReportedClauseIsClaimed() throws {
    let doc = analyzeEvents("The spokesman said Iran had attacked Iraq.")
    let quote = try #require(doc.quotes.first)
    #expect(doc.event(.assault)?.claimedBy == quote.id)
  }

  @Test func firstPersonInsideQuoteIsTheSpeaker() throws {
    let doc = analyzeEvents("Lebanese Foreign Minister Karim Daou spoke late. “We condemned Israel,” Daou said.")
    let e = try #require(doc.event(.accuse))
    #expect(e.source.actorCode == "LBN GOV")
    #expect(e.source.entity != nil)
  }

  @Test func aPromiseOfSupportIsAnAgreement() throws {
    let doc = analyzeEvents("Egypt is willing to provide support to Palestinian refugees.")
    let e = try #require(doc.events.first)
    #expect(e.type == .agree)
    #expect(e.target?.text == "Palestinian refugees")
  }
}
