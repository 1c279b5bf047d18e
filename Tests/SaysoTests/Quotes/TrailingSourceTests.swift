import Testing

@testable import Sayso

/// "CONTENT according to SOURCE." with no comma before the source.
struct TrailingSourceTests {
  @Test func aRecordAtTheSentenceEnd() throws {
    let doc = analyze("Okafor leads Ruiz by 40 votes according to a count by the Harbour Times.")
    let quote = try #require(doc.quote(containing: "leads Ruiz"))
    #expect(quote.text == "Okafor leads Ruiz by 40 votes")
    #expect(quote.speaker == "a count by the Harbour Times")
  }

  @Test func aPersonAtTheSentenceEnd() throws {
    let doc = analyze("Fares rose by a third according to Ana Ruiz.")
    #expect(try #require(doc.quote(containing: "Fares rose")).speaker == "Ana Ruiz")
  }

  @Test func actingAccordingToRulesReportsNothing() {
    let doc = analyze("The crew acted according to the rules.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func whatNoOneSaidHasNoContent() {
    let doc = analyze("The company behind the deal, Harbour Lines, did not respond to emails.")
    #expect(doc.quotes.isEmpty)
  }
}
