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

/// A quotation given word for word after a verb the lexicon lacks.
struct UnlistedVerbTests {
  @Test func aSpeakerAndVerbAfterAnOpenQuotation() throws {
    let doc = analyze(
      "Council meeting\n\n\u{201C}Go back to your seat,\u{201D} Okafor barked, and the hall fell silent.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.kind == .direct)
    #expect(quote.speaker == "Okafor")
    #expect(quote.cue == "barked")
    #expect(quote.evidence == "direct.speaker-verb-after")
  }

  @Test func aQuotationInsideNarrativeIsNotAttributedThatWay() {
    let doc = analyze(
      "Council meeting\n\nAnd in a clip the judge called \u{201C}distasteful,\u{201D} Okafor waved a flag.")
    #expect(doc.quotes.allSatisfy { $0.evidence != "direct.speaker-verb-after" })
  }

  @Test func aStatementAfterAComma() throws {
    let doc = analyze(
      "Council meeting\n\nAfter the blast, Okafor issued a statement, \u{201C}Last night our city was attacked.\u{201D}"
    )
    let quote = try #require(doc.quotes.first)
    #expect(quote.kind == .direct)
    #expect(quote.text == "\u{201C}Last night our city was attacked.\u{201D}")
    #expect(quote.cue == "issued")
  }

  @Test func asSomeonePutIt() throws {
    let doc = analyze(
      "Council meeting\n\nThe rule asks for a \u{201C}lawful source of income,\u{201D} as a ministry memo put it.")
    let quote = try #require(doc.quote(containing: "lawful source"))
    #expect(quote.speaker == "a ministry memo")
    #expect(quote.cueLemma == "put it")
  }
}
