import Testing

@testable import Sayso

/// A complete quotation signed with a dash and a name.
struct BylineTests {
  @Test func aDashAndANameSignAQuote() throws {
    let doc = analyze("“The harbour belongs to everyone who works in it.” ― Lena Quist\nThe next speaker disagreed.")
    let quote = try #require(doc.quote(containing: "harbour belongs"))
    #expect(quote.speaker == "Lena Quist")
    #expect(quote.cue == nil)
    #expect(quote.evidence == "direct.dash-byline")
  }

  @Test func aDashBeforeACommentIsNoByline() {
    let doc = analyze("“The harbour belongs to everyone.” — a view the council does not share.")
    #expect(doc.quote(containing: "harbour belongs")?.speaker == nil)
  }

  @Test func anUnfinishedQuotationIsNoSignedOne() {
    let doc = analyze("He called the plan “a harbour for everyone” — Lena Quist disagreed.")
    #expect(doc.quote(containing: "harbour for everyone")?.evidence != "direct.dash-byline")
  }
}

/// Introductory words at a sentence start are no subject and name no one.
struct IntroductionTests {
  @Test func anOpeningAdverbIsNoSpeaker() throws {
    let doc = analyze(
      "Ona Velez spoke at the pier. Domestically, the plan drew praise from the unions. “We will build it,” she said.")
    let quote = try #require(doc.quote(containing: "We will build"))
    #expect(quote.speaker == "Ona Velez")
    #expect(!doc.entities.contains { $0.name == "Domestically" })
  }

  @Test func anOpeningTimeIsNoSpeaker() throws {
    let doc = analyze("Eight years ago, Ona Velez backed the plan. “It was the right call,” she said.")
    #expect(try #require(doc.quote(containing: "right call")).speaker == "Ona Velez")
    #expect(!doc.entities.contains { $0.name == "Eight" })
  }

  @Test func aStateAfterItsTownIsPartOfTheIntroduction() throws {
    let doc = analyze("At a rally in Portsmouth, N.H., Ona Velez attacked the plan. “It is a scandal,” she said.")
    #expect(try #require(doc.quote(containing: "a scandal")).speaker == "Ona Velez")
  }

  @Test func anAbbreviatedStateAfterItsTownIsPartOfTheIntroduction() throws {
    let doc = analyze("At a conference in Aspen, Colo., Ona Velez attacked the plan. “It is a scandal,” she said.")
    #expect(try #require(doc.quote(containing: "a scandal")).speaker == "Ona Velez")
  }

  @Test func aDayIsNoSpeaker() {
    let doc = analyze("Figures reported on Sunday suggest that the port lost money.")
    #expect(doc.quote(containing: "port lost money")?.speaker != "Sunday")
  }

  @Test func aCapitalisedQuantifierIsNoName() {
    let doc = analyze("One official said the port would reopen on Monday.")
    #expect(doc.quote(containing: "port would reopen")?.speaker != "One")
  }
}
