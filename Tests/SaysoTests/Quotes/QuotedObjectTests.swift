import Testing

@testable import Sayso

/// Quoted words in the object of a verb the cue lexicon lacks make a mixed
/// quotation with that verb as its cue.
struct QuotedObjectTests {
  @Test func aVerbBeforeQuotedWordsIsTheCue() throws {
    let doc = analyze(
      "Dock strike enters third week\n\nOkafor bemoaned the condition of the docks, where cranes stand \u{201C}rusting and idle\u{201D} all winter."
    )
    let quote = try #require(doc.quote(containing: "rusting and idle"))
    #expect(quote.kind == .mixed)
    #expect(quote.speaker == "Okafor")
    #expect(quote.cue == "bemoaned")
    #expect(quote.cueLemma == "bemoan")
    #expect(quote.evidence == "mixed.quoted-object")
    #expect(quote.text.hasPrefix("the condition of the docks"))
  }

  @Test(arguments: ["served in the navy for “six long years”", "stood in a queue “longer than the quay itself”"])
  func aPlaceOrMeansAfterTheVerbIsNoObject(_ rest: String) {
    let doc = analyze("Dock strike enters third week\n\nOkafor \(rest) before the strike.")
    #expect(!doc.quotes.contains { $0.evidence == "mixed.quoted-object" })
  }

  @Test func aPresentFormAfterANameCounts() throws {
    let doc = analyze(
      "Port levy ad airs\n\nIn the new advert, Ruiz paints Okafor as a mayor who would \u{201C}sell the harbour\u{201D} to the highest bidder."
    )
    let quote = try #require(doc.quote(containing: "sell the harbour"))
    #expect(quote.cue == "paints")
  }

  @Test func aPassiveVerbIsNoCue() {
    let doc = analyze(
      "Fund audit published\n\nThe dredging would be financed by \u{201C}a small levy on cruise ships.\u{201D}")
    #expect(doc.quote(containing: "cruise ships") == nil)
  }

  @Test func theNameOfATourIsNoQuotation() {
    let doc = analyze(
      "Campaign on the road\n\nRuiz toured the coast last week on a \u{201C}Harbours First\u{201D} bus tour.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func anObjectNounIsNoSubject() {
    let doc = analyze(
      "Commencement season\n\nShe spoke often, advising young sailors to keep \u{201C}a steady hand on the wheel.\u{201D}"
    )
    #expect(doc.quote(containing: "steady hand")?.speaker != "young sailors")
  }
}

/// A quotation given word for word after a verb the lexicon lacks.
struct UnlistedVerbTests {
  @Test func aSpeakerAndVerbAfterAnOpenQuotation() throws {
    let doc = analyze(
      "Council meeting\n\n\u{201C}Sit down and wait your turn,\u{201D} Okafor barked, and the hall fell silent.")
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
      "Council meeting\n\nAfter the blast, Okafor issued a statement, \u{201C}Tonight the harbour is closed to all traffic.\u{201D}"
    )
    let quote = try #require(doc.quotes.first)
    #expect(quote.kind == .direct)
    #expect(quote.text == "\u{201C}Tonight the harbour is closed to all traffic.\u{201D}")
    #expect(quote.cue == "issued")
  }

  @Test func asSomeonePutIt() throws {
    let doc = analyze(
      "Council meeting\n\nThe rule asks for a \u{201C}proven record of safe berthing,\u{201D} as a ministry memo put it."
    )
    let quote = try #require(doc.quote(containing: "safe berthing"))
    #expect(quote.speaker == "a ministry memo")
    #expect(quote.cueLemma == "put it")
  }

  @Test func theVerbJoinedByAndTakesTheQuotation() throws {
    let doc = analyze(
      "Crane review ends\n\nThe council finished its review of the cranes and rated them \u{201C}barely safe\u{201D} for night work."
    )
    let quote = try #require(doc.quote(containing: "barely safe"))
    #expect(quote.cue == "rated")
    #expect(quote.speaker == "the council")
    #expect(quote.text.hasPrefix("them"))
  }

  @Test func aParticleBelongsToTheVerb() throws {
    let doc = analyze(
      "Levy row\n\nLast year, Ruiz waved off the remarks as \u{201C}only harbour gossip\u{201D} and reportedly left the room."
    )
    let quote = try #require(doc.quote(containing: "harbour gossip"))
    #expect(quote.cue == "waved off")
    #expect(quote.text.hasPrefix("the remarks"))
    #expect(!quote.text.contains("left the room"))
  }

  @Test func anUnusedVerbOfSayingTakesAQuotedObject() throws {
    let doc = analyze(
      "Land sale\n\nOkafor also mentioned the \u{201C}harbour clause,\u{201D} a rule that lets the board sell land.")
    let quote = try #require(doc.quote(containing: "harbour clause"))
    #expect(quote.cue == "mentioned")
    #expect(!quote.text.contains("a rule"))
  }
}
