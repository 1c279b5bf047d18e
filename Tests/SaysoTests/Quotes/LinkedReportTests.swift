import Testing

@testable import Sayso

/// Reports linked to their speaker by a preposition, "as", a contraction or
/// a pair of dashes.
struct LinkedReportTests {
  static let headline = "Harbour Board Votes on Levy\n\n"

  @Test(arguments: ["responded by saying", "replied before insisting", "spoke after repeatedly saying"])
  func aParticipleAfterAPreposition(_ verb: String) throws {
    let doc = analyze(Self.headline + "Okafor \(verb) the levy was a manufactured issue.")
    let quote = try #require(doc.quote(containing: "levy was"))
    #expect(quote.speaker == "Okafor")
    #expect(quote.text == "the levy was a manufactured issue")
    #expect(quote.evidence == "indirect.participle")
  }

  @Test func aToldWithoutContentLeavesTheParticipleItsOwnReport() throws {
    let doc = analyze(
      Self.headline + "Okafor told reporters, before insisting he had a good relationship with the unions.")
    let quote = try #require(doc.quote(containing: "relationship"))
    #expect(quote.text == "he had a good relationship with the unions")
    #expect(quote.cue == "insisting")
  }

  @Test func asSomeoneObservedThenTheClause() throws {
    let doc = analyze(Self.headline + "Of course, as Ana Ruiz observed, the biggest winner was the board itself.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.speaker == "Ana Ruiz")
    #expect(quote.text == "the biggest winner was the board itself")
    #expect(quote.evidence == "indirect.as-speaker")
  }

  @Test func aPronounWithAContractedHas() throws {
    let doc = analyze(
      Self.headline + "Ana Ruiz joined the board in May. Since then, she\u{2019}s said the levy must fall by half.")
    let quote = try #require(doc.quote(containing: "levy must fall"))
    #expect(quote.speaker == "Ana Ruiz")
  }

  @Test func itIsSaidIsNoSpeaker() {
    let doc = analyze(Self.headline + "Ana Ruiz joined the board in May. It\u{2019}s said the levy will fall by half.")
    #expect(doc.quote(containing: "levy will fall")?.speaker != "Ana Ruiz")
  }

  @Test(arguments: ["\u{2014}", "--"])
  func aNameBetweenDashes(_ dash: String) throws {
    let doc = analyze(
      Self.headline
        + "A former member \(dash) Ana Ruiz, who lost her seat in 2019 \(dash) said the board offered no changes.")
    let quote = try #require(doc.quote(containing: "offered no changes"))
    #expect(quote.speaker == "Ana Ruiz")
  }
}
