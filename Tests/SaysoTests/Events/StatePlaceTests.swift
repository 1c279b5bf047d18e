import Testing

@testable import Sayso

/// An agentless arrest, release or charge is the act of the state it
/// happened in; a killing with no named author yields no event.
struct StatePlaceTests {
  @Test func anArrestInACountryIsThatStatesAct() throws {
    let doc = analyzeEvents("A French journalist was arrested in Lebanon on Monday.")
    let e = try #require(doc.event(.coerce))
    #expect(e.source.text == "Lebanon")
    #expect(e.source.actorCode == "LBN GOV")
    #expect(e.target?.text == "A French journalist")
    #expect(e.evidence == "event.passive-place")
  }

  @Test func aPlaceOfOriginStaysWithThePerson() throws {
    let doc = analyzeEvents("A missionary from Egypt was detained in Lebanon.")
    let e = try #require(doc.event(.coerce))
    #expect(e.target?.text == "A missionary from Egypt")
    #expect(e.source.text == "Lebanon")
  }

  @Test func anAgentStillWins() throws {
    let doc = analyzeEvents("Two activists were arrested in Lebanon by Iraqi police.")
    let e = try #require(doc.event(.coerce))
    #expect(e.source.text == "Iraqi police")
  }

  @Test func aKillingInAPlaceHasNoKnownAuthor() {
    let doc = analyzeEvents("Three civilians were killed in Lebanon on Monday.")
    #expect(doc.event(.assault) == nil)
  }

  @Test func aPlaceAfterACommaBelongsToAnotherPhrase() {
    let doc = analyzeEvents("Two activists were arrested, officials in Lebanon said.")
    #expect(doc.event(.coerce) == nil)
  }
}
