import Testing

@testable import Sayso

/// Quoted words in the object of a verb the cue lexicon lacks make a mixed
/// quotation with that verb as its cue.
struct QuotedObjectTests {
  @Test func aVerbBeforeQuotedWordsIsTheCue() throws {
    let doc = analyze(
      "Dock strike enters third week\n\nOkafor bemoaned a climate in which rivals \u{201C}simply refuse to talk\u{201D} about wages."
    )
    let quote = try #require(doc.quote(containing: "refuse to talk"))
    #expect(quote.kind == .mixed)
    #expect(quote.speaker == "Okafor")
    #expect(quote.cue == "bemoaned")
    #expect(quote.cueLemma == "bemoan")
    #expect(quote.evidence == "mixed.quoted-object")
    #expect(quote.text.hasPrefix("a climate in which"))
  }

  @Test func aPresentFormAfterANameCounts() throws {
    let doc = analyze(
      "Port levy ad airs\n\nIn the new advert, Ruiz casts Okafor as a mayor who would \u{201C}drain\u{201D} the fund.")
    let quote = try #require(doc.quote(containing: "drain"))
    #expect(quote.cue == "casts")
  }

  @Test func aPassiveVerbIsNoCue() {
    let doc = analyze(
      "Fund audit published\n\nThe plan would be funded by \u{201C}closing loopholes for the richest.\u{201D}")
    #expect(doc.quote(containing: "loopholes") == nil)
  }

  @Test func theNameOfATourIsNoQuotation() {
    let doc = analyze(
      "Campaign on the road\n\nRuiz crisscrossed the state last week on a \u{201C}Ruiz Can Fix It\u{201D} bus tour.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func anObjectNounIsNoSubject() {
    let doc = analyze(
      "Commencement season\n\nShe spoke often, advising college graduates to become \u{201C}members of the humble club.\u{201D}"
    )
    #expect(doc.quote(containing: "humble club")?.speaker != "college graduates")
  }
}
