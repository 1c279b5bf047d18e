import Testing

@testable import Sayso

/// Reported clauses that carry quoted fragments.
struct MixedQuoteTests {
  @Test func describedAsFragment() throws {
    let text = "Lena Quist described the new ferry contract as “a lifeline for the islands”."
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "a lifeline for the islands"))
    #expect(quote.kind == .mixed)
    #expect(quote.speaker == "Lena Quist")
    #expect(quote.cueLemma == "describe")
    // The reported clause is wider than the quoted words alone.
    #expect(quote.text.contains("ferry contract"))
    #expect(quote.end >= (doc.offset(of: "islands”") ?? Int.max))
  }

  @Test func fragmentInsideReportedClause() throws {
    let text = "Ortiz said the budget would be “balanced by any honest measure” by the end of next year."
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "balanced by any honest measure"))
    #expect(quote.kind == .mixed)
    #expect(quote.speaker == "Ortiz")
    #expect(quote.text.contains("the budget would be"))
    #expect(!quote.text.contains("Ortiz said"))
  }

  @Test func fragmentBeforeTrailingAttribution() throws {
    let text = "The opposition will try to play the “outsider card” again, Ortiz said."
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "outsider card"))
    #expect(quote.kind == .mixed)
    #expect(quote.speaker == "Ortiz")
    #expect(quote.text.contains("The opposition will try"))
  }

  @Test func fragmentWithinLongerSentenceIsNotDirect() throws {
    let text = "Quist called the delay “entirely avoidable” and promised an inquiry."
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "entirely avoidable"))
    #expect(quote.kind == .mixed)
    #expect(quote.speaker == "Quist")
    #expect(doc.quotes.filter { $0.kind == .direct }.isEmpty)
  }

  @Test func wholeSentenceInQuotesIsDirectNotMixed() throws {
    let text = "“The budget is balanced by any honest measure,” Ortiz said."
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "balanced by any honest measure"))
    #expect(quote.kind == .direct)
  }

  @Test func quoteThatTheSentenceContinuesIsMixed() throws {
    let doc = analyze("She said, “we cannot promise anything” about the second bridge until the survey is done.")
    let quote = try #require(doc.quote(containing: "cannot promise"))
    #expect(quote.kind == .mixed)
    #expect(quote.text.hasSuffix("until the survey is done"))
  }

  @Test func verbWithAnObjectCarryingQuotedWords() throws {
    let doc = analyze("Mayor Lena Brandt promises to “end the gridlock” on the ring road by spring.")
    let quote = try #require(doc.quote(containing: "end the gridlock"))
    #expect(quote.kind == .mixed)
    #expect(quote.speaker == "Lena Brandt")
    #expect(quote.cueLemma == "promise")
  }

  @Test func participleWithAQuotedObject() throws {
    let text = "Governor Ines Duarte spoke at the dock on Friday, calling the new tariff “a tax on every family.”"
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "a tax on every family"))
    #expect(quote.kind == .mixed)
    #expect(quote.speaker == "Ines Duarte")
    #expect(quote.cueLemma == "call")
    #expect(quote.text.hasPrefix("the new tariff"))
  }

  @Test func participleWithAPlainObjectReportsNothing() {
    let doc = analyze("Governor Ines Duarte spoke at the dock on Friday, calling the new tariff a mistake.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func aParticipleOfSayingEndsTheObjectBeforeIt() throws {
    let text = "Governor Ines Duarte attacked the tariff on Friday, calling it “a tax on every family.”"
    let doc = analyze(text)
    #expect(doc.quotes.count == 1)
    let quote = try #require(doc.quote(containing: "a tax on every family"))
    #expect(quote.cueLemma == "call")
    #expect(quote.text.hasPrefix("it"))
  }

  @Test func participleAfterACommaInsideAQuote() throws {
    let text = "Okafor defended “harbour values,” saying the port embodied the “grit of the coast.”"
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "grit of the coast"))
    #expect(quote.speaker == "Okafor")
    #expect(quote.text.hasPrefix("the port embodied"))
  }

  @Test func aQuotationAfterAMixedReportContinuesIt() throws {
    let text = "Yet the plan is also a “fresh start,” Cole said. “It is what the dock workers asked for.”"
    let doc = analyze(text)
    let first = try #require(doc.quote(containing: "fresh start"))
    let second = try #require(doc.quote(containing: "dock workers"))
    #expect(first.kind == .mixed)
    #expect(second.speaker == "Cole")
    #expect(second.cueSpan == first.cueSpan)
    #expect(second.evidence == "direct.continuation")
  }

  @Test func aQuotationOpenedInAnEarlierSentenceBelongsToTheTail() throws {
    let text = "The two ministers “looked tired. Nobody smiled once” during the signing, Hale said."
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "looked tired"))
    #expect(quote.kind == .mixed)
    #expect(quote.speaker == "Hale")
    #expect(quote.text.hasPrefix("The two ministers “looked tired."))
    #expect(quote.text.hasSuffix("during the signing"))
  }
}

/// A quotation after "that" and a fronted phrase belongs to the clause.
struct ThatClauseQuoteTests {
  @Test func theClauseFromThatIsMixed() throws {
    let doc = analyze(
      "Harbour Board Votes on Levy\n\nShe tells the dockers that after three winters of delay, \u{201C}the cranes move this spring.\u{201D}"
    )
    let quote = try #require(doc.quotes.first)
    #expect(quote.kind == .mixed)
    #expect(quote.text.hasPrefix("that after three winters"))
  }
}

/// A phrasal cue right before the colon leaves no room for "that".
struct PhrasalCueBeforeQuoteTests {
  @Test func wentOnColonQuote() throws {
    let doc = analyze("Harbour Board Votes on Levy\n\nOkafor went on: \u{201C}We will win the vote.\u{201D}")
    let quote = try #require(doc.quotes.first)
    #expect(quote.kind == .direct)
    #expect(quote.speaker == "Okafor")
  }

  @Test func moreAppositionAfterAnInvertedSpeakerIsNotContent() throws {
    let doc = analyze(
      "Union vote\n\n\u{201C}We are thrilled\u{201D} with the ruling, said Ana Ruiz, head of the Dockers Union, a union that left the national federation of port workers last year."
    )
    let quote = try #require(doc.quote(containing: "thrilled"))
    #expect(quote.speaker == "Ana Ruiz")
    #expect(!quote.text.contains("federation"))
  }

  @Test func anInterruptedQuotationInsideNarrativeKeepsItsFirstPart() throws {
    let doc = analyze(
      "Ferry poll\n\nRidership shows \u{201C}the timetable finally works,\u{201D} she says, \u{201C}though the fares still sting.\u{201D}"
    )
    let quote = try #require(doc.quote(containing: "timetable finally works"))
    #expect(quote.kind == .mixed)
    #expect(quote.cue == "says")
  }

  @Test func anAttributionSetOffInsideALeadInMakesTheSentenceTheReport() throws {
    let doc = analyze(
      "Ferry vote\n\nSince the ferry has never run at a profit, Ruiz said, the answer is plain: \u{201C}Nobody should be asked to run it.\u{201D}"
    )
    let quote = try #require(doc.quote(containing: "Nobody should"))
    #expect(quote.kind == .mixed)
    #expect(quote.speaker == "Ruiz")
    #expect(quote.text.hasPrefix("Since the ferry"))
  }

  @Test func aCueFurtherOnInTheSentenceIsNotTheQuotedWordsAttribution() {
    let doc = analyze(
      "Crane review\n\nThe former clerk Tom Reddy has \u{201C}no memory\u{201D} of whether he warned the mayor before signing the lease."
    )
    #expect(doc.quotes.allSatisfy { $0.evidence != "direct.speaker-cue-after" })
  }

  @Test func anAttributionRightAfterQuotedWordsStillHoldsThem() throws {
    let doc = analyze(
      "Crane review\n\nThe quarrel over the berths has grown bitter and needs time to \u{201C}settle down,\u{201D} Ruiz said in an interview."
    )
    let quote = try #require(doc.quote(containing: "settle down"))
    #expect(quote.kind == .mixed)
    #expect(quote.speaker == "Ruiz")
  }

  @Test func aQuotationBetweenDashesIsGivenOnItsOwn() throws {
    let doc = analyze(
      "Levy vote.\n\nRuiz hinted that the timetable was a bluff - \u{201C}Show us the numbers,\u{201D} she said - and warned that the board would fail."
    )
    let report = try #require(doc.quote(containing: "was a bluff"))
    #expect(!report.text.contains("numbers"))
    let quote = try #require(doc.quote(containing: "Show us the numbers"))
    #expect(quote.kind == .direct)
    #expect(quote.speaker == "Ruiz")
  }

  @Test func quotedWordsInTheNextSentenceGoOnInTheSpeakersWords() throws {
    let text = """
      Ferry fight

      “It’s a circus,” Ruiz says. It is “a new kind of harbour spectacle.” The board meets on Friday.
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "new kind of harbour"))
    #expect(quote.kind == .mixed)
    #expect(quote.speaker == "Ruiz")
    #expect(quote.cue == "says")
    #expect(quote.evidence == "mixed.continuation")
  }

  @Test func aScareQuoteOrACueOfItsOwnIsNoContinuation() {
    let text = """
      Ferry fight

      “It’s a circus,” Ruiz says. The “fast lane” opens in May. Okafor called it “a harbour for the rich.”
      """
    let doc = analyze(text)
    #expect(doc.quote(containing: "fast lane") == nil)
    #expect(doc.quote(containing: "harbour for the rich")?.speaker == "Okafor")
  }

  @Test func aQuotationsClosingCommaEndsAFrontedClause() throws {
    let doc = analyze(
      "Port vote\n\nWhile Okafor said the port has the “best crews,” Ruiz is the candidate voters trust most on safety."
    )
    let quote = try #require(doc.quote(containing: "best crews"))
    #expect(quote.kind == .mixed)
    #expect(quote.text == "the port has the “best crews,”")
  }

  @Test func anObjectTheQuotationRestatesIsPartOfTheReport() throws {
    let doc = analyze(
      "Port vote\n\nOkafor noted the change from the usual campaign slogan, “Make the Port Great Again.”\n\n"
        + "Okafor told the crews, “We sail at dawn.”")
    let noted = try #require(doc.quote(containing: "Port Great"))
    #expect(noted.kind == .mixed)
    #expect(noted.text == "the change from the usual campaign slogan, “Make the Port Great Again.”")
    // Whom a verb of telling addresses is not what was said.
    #expect(try #require(doc.quote(containing: "sail at dawn")).text == "“We sail at dawn.”")
  }
}
