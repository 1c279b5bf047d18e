import Testing

@testable import Sayso

/// Direct quotations and the attribution next to them.
struct DirectQuoteTests {
  @Test func attributionAfterTheQuote() throws {
    let doc = analyze("“We expect the first ferries to run in June,” port director Lena Quist said.")
    let quote = try #require(doc.quote(containing: "first ferries"))
    #expect(quote.kind == .direct)
    #expect(quote.speaker == "Lena Quist")
    #expect(quote.cue == "said")
    let mention = try #require(quote.speakerMention)
    #expect(doc.slice(mention).contains("Quist"))
  }

  @Test func plainDescriptorsBeforeTheNameAfterTheQuote() throws {
    let doc = analyze("“The channel is clear again,” harbour pilot Ona Velez said.")
    #expect(try #require(doc.quote(containing: "channel is clear")).speaker == "Ona Velez")
    // A clause of its own between quote and name is no description.
    let other = analyze("“The channel is clear again,” he told them as Ona Velez said.")
    #expect(other.quote(containing: "channel is clear")?.speaker != "Ona Velez")
  }

  @Test func aProgrammeTitleInQuotesIsNoQuote() throws {
    let doc = analyze("Speaking on the network’s “Morning Report,” Lena Quist said the ferries would run.")
    #expect(doc.quote(containing: "Morning Report") == nil)
    #expect(doc.quote(containing: "ferries would run")?.speaker == "Lena Quist")
    // Capitalised words that someone says are still a quote.
    let said = analyze("“Never Again,” Lena Quist said.")
    #expect(said.quote(containing: "Never Again")?.speaker == "Lena Quist")
  }

  @Test func invertedAttributionAfterTheQuote() throws {
    let doc = analyze("“The figures speak for themselves,” said Finance Minister Rafael Ortiz.")
    let quote = try #require(doc.quote(containing: "figures speak"))
    #expect(quote.kind == .direct)
    #expect(quote.speaker == "Rafael Ortiz")
  }

  @Test func attributionBeforeTheQuote() throws {
    let doc = analyze("Lena Quist said, “The ferries will run on time this year.”")
    let quote = try #require(doc.quote(containing: "ferries will run"))
    #expect(quote.kind == .direct)
    #expect(quote.speaker == "Lena Quist")
    #expect(quote.start > (doc.offset(of: "said") ?? 0))
  }

  @Test func colonLeadInBeforeTheQuote() throws {
    let doc = analyze("Lena Quist was blunt: “Nobody will be paid until the audit is done.”")
    let quote = try #require(doc.quote(containing: "Nobody will be paid"))
    #expect(quote.speaker == "Lena Quist")
  }

  @Test func interruptedQuoteIsOneQuoteInTwoSpans() throws {
    let text = "Lena Quist runs the port. “The cranes are old,” she said. “But they still work.”"
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "cranes are old"))
    #expect(quote.spans.count == 2)
    #expect(quote.text.contains("they still work"))
    #expect(quote.speaker == "Lena Quist")
    #expect(doc.quotes.filter { $0.kind == .direct }.count == 1)
    // The two spans leave the attribution between them out.
    let gap = TextSpan(quote.spans[0].end, quote.spans[1].start)
    #expect(doc.slice(gap).contains("she said"))
    #expect(quote.start == quote.spans[0].start && quote.end == quote.spans[1].end)
  }

  @Test func continuationInTheNextSentenceKeepsTheSpeaker() throws {
    let text = """
      “The cranes are old,” Lena Quist said on Monday. “We asked for new ones in 2019 and nobody answered.”
      """
    let doc = analyze(text)
    let second = try #require(doc.quote(containing: "asked for new ones"))
    #expect(second.speaker == "Lena Quist")
  }

  @Test func continuationInTheNextParagraphKeepsTheSpeaker() throws {
    let text = """
      Port director Lena Quist spoke to reporters on the quay.

      “The cranes are old,” Quist said.

      “We asked for new ones in 2019 and nobody answered. Now the ships are bigger and the wait is longer.”

      The port authority did not comment.
      """
    let doc = analyze(text)
    let first = try #require(doc.quote(containing: "cranes are old"))
    let second = try #require(doc.quote(containing: "asked for new ones"))
    #expect(first.speaker == "Lena Quist")
    #expect(second.speaker == "Lena Quist")
    // The run of paragraphs rests on one cue, so both carry it.
    #expect(second.cue == "said")
    #expect(second.cueSpan == first.cueSpan)
  }

  @Test func quoteWithoutAnySpeakerStaysUnattributed() {
    let doc = analyze("The sign on the gate read “Closed for repairs”.")
    #expect(doc.quotes.allSatisfy { $0.speaker == nil })
  }

  @Test func nameBetweenCommasAfterADescription() throws {
    let text = """
      Opposition Calls for Vote

      “Will the mayor resign? If not, the council must act!” the opposition leader, Carla Mendes, wrote on Sunday.
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "council must act"))
    #expect(quote.kind == .direct)
    #expect(quote.speaker == "Carla Mendes")
  }

  @Test func continuationAfterAReportedClauseJoinsTheSameQuote() throws {
    let text = """
      “I did not want trouble with the board,” said one former clerk, who said he left on good terms.       “I could not afford a lawyer.”
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "trouble with the board"))
    #expect(quote.spans.count == 2)
    #expect(quote.text.contains("afford a lawyer"))
  }

  @Test func longAppositiveBetweenSpeakerAndCue() throws {
    let text = """
      “The harbour will not reopen before spring,” Lena Marsh, director of the Coastal Shipping Institute \
      at Port Aldren University, said on Monday. “Nobody wants to hear that,” Okafor, who has argued for \
      a second terminal since 2019, said later.
      """
    let doc = analyze(text)
    let first = try #require(doc.quote(containing: "harbour will not reopen"))
    #expect(first.speaker == "Lena Marsh")
    #expect(first.cue == "said")
    let second = try #require(doc.quote(containing: "Nobody wants"))
    #expect(second.speaker == "Okafor")
    #expect(second.cue == "said")
  }

  @Test func givenNameEndingInLyIsStillASpeaker() throws {
    let doc = analyze("“We counted every ballot twice,” Kelly said. “Then we counted again.”")
    let quote = try #require(doc.quote(containing: "every ballot"))
    #expect(quote.speaker == "Kelly")
    #expect(quote.text.contains("counted again"))
  }

  @Test func invertedCueOpensTheSentence() throws {
    let text = """
      The inquiry into the ferry fire closed on Friday. Said Okafor, “We owe the families an apology.” \
      Added the harbour master: “It will not happen again.”
      """
    let doc = analyze(text)
    #expect(doc.quote(containing: "an apology")?.speaker == "Okafor")
    #expect(doc.quote(containing: "not happen again")?.speaker == "the harbour master")
  }

  @Test func affiliationBetweenNameAndCue() throws {
    let doc = analyze("“It would be a stretch,” Lena Marsh of the Coastal Shipping Institute wrote in December.")
    let quote = try #require(doc.quote(containing: "a stretch"))
    #expect(quote.speaker == "Lena Marsh")
    #expect(quote.cue == "wrote")
  }

  @Test func continuedIsAVerbOfSaying() throws {
    let doc = analyze("“We waited all night,” Mendes said. “Then the water came,” she continued. “Nobody slept.”")
    let quote = try #require(doc.quote(containing: "water came"))
    #expect(quote.speaker == "Mendes")
    #expect(quote.cueLemma == "continue")
  }

  @Test func namedSpeakerAfterAQuotedExclamation() throws {
    let doc = analyze("The ferry finally docked at noon. “We made it!” Lena Marsh said. “Nobody believed us.”")
    let quote = try #require(doc.quote(containing: "We made it"))
    #expect(quote.speaker == "Lena Marsh")
    #expect(quote.text.contains("Nobody believed us"))
  }

  @Test func firmAndJobBeforeTheNameAfterTheQuote() throws {
    let doc = analyze("“Rates will fall by spring,” Harbour Capital portfolio manager Ana Ruiz said on Monday.")
    let quote = try #require(doc.quote(containing: "Rates will fall"))
    #expect(quote.speaker == "Ana Ruiz")
  }

  @Test func aHeadlineIsNoLeadIn() {
    let text = """
      Port Strike Ends

      “The cranes are moving again.” Quist spoke on Monday.
      """
    let doc = analyze(text)
    #expect(doc.quote(containing: "cranes are moving")?.speaker != "Port Strike")
    #expect(doc.quote(containing: "cranes are moving")?.speaker != "Port Strike Ends")
  }

  @Test func aQuotationAfterAReportContinuesIt() throws {
    let text = "Fees will not rise this year, Okafor said. “We promised the dockers as much.”"
    let doc = analyze(text)
    let report = try #require(doc.quote(containing: "Fees will not rise"))
    let quote = try #require(doc.quote(containing: "We promised"))
    #expect(quote.kind == .direct)
    #expect(quote.speaker == "Okafor")
    #expect(quote.cueSpan == report.cueSpan)
    #expect(quote.evidence == "direct.continuation")
  }

  @Test func aQuotationParagraphAfterAReportContinuesIt() throws {
    let text = """
      The town needs leaders “who know that loud words in hard times cause more trouble,” Ruiz said.

      “And that is why steady leadership matters now.”
      """
    let quote = try #require(analyze(text).quote(containing: "steady leadership"))
    #expect(quote.speaker == "Ruiz")
    #expect(quote.evidence == "direct.continuation")
  }

  @Test func aQuotationWithItsOwnCueIsNotAContinuation() throws {
    let text = "Fees will not rise this year, Okafor said. “They will,” Ruiz replied."
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "They will"))
    #expect(quote.speaker == "Ruiz")
  }

  @Test func aVerbThatUsuallyTakesAnObjectEndsTheSentenceAfterTheQuote() throws {
    let doc = analyze("Harbour news\n\n“Who signed off on the new tariff?” Okafor questioned.")
    let quote = try #require(doc.quote(containing: "new tariff"))
    #expect(quote.speaker == "Okafor")
    #expect(quote.cueLemma == "question")
  }

  @Test func shotBackIsARetort() throws {
    let doc = analyze("Harbour news\n\n“The tariff pays for itself,” Ruiz shot back.")
    let quote = try #require(doc.quote(containing: "pays for itself"))
    #expect(quote.speaker == "Ruiz")
    #expect(quote.cueLemma == "shoot back")
    #expect(doc.events.isEmpty)
  }

  @Test func aStatementIntroducesItsText() throws {
    let doc = analyze(
      "Harbour news\n\nImmediately after the flood, Okafor issued a statement, “The lower quay is under water."
        + " Ferries will dock at the north pier until Friday.”")
    let quote = try #require(doc.quote(containing: "north pier"))
    #expect(quote.speaker == "Okafor")
    #expect(quote.evidence == "direct.message-lead-in")
  }

  @Test func aMessageSayingSomethingIsItsSendersWords() throws {
    let doc = analyze(
      "Harbour news\n\nAt the time, Ana Ruiz released a statement saying, “The harbour is safe for all ships.”")
    let quote = try #require(doc.quote(containing: "safe for all ships"))
    #expect(quote.speaker == "Ana Ruiz")
  }

  @Test func aContinuingQuotationWithAnUnquotedEnd() throws {
    let doc = analyze(
      "Harbour news\n\n“The docks need new cranes,” Okafor said after the vote. “We will carry that"
        + " message” to every port on the coast.")
    let quote = try #require(doc.quote(containing: "carry that"))
    #expect(quote.speaker == "Okafor")
    #expect(quote.kind == .mixed)
    #expect(quote.text.hasSuffix("to every port on the coast"))
  }

  @Test func anUnknownPastVerbBeforeANameAttributes() throws {
    let doc = analyze(
      "Ferry returns\n\n\u{201C}What a day for the island!\u{201D} beamed Ana Ruiz of Leeds, who had queued since dawn."
    )
    let quote = try #require(doc.quote(containing: "What a day"))
    #expect(quote.speaker == "Ana Ruiz")
    #expect(quote.cue == "beamed")
    #expect(quote.evidence == "direct.verb-speaker-after")
  }

  @Test func aQuotationBeforeAccordingToIsDirect() throws {
    let doc = analyze(
      "Review timetable\n\n\u{201C}The board will rule on the berths by the end of June,\u{201D} according to the Harbour Times."
    )
    let quote = try #require(doc.quote(containing: "rule on the berths"))
    #expect(quote.kind == .direct)
    #expect(quote.cue == "according to")
    #expect(quote.speaker == "the Harbour Times")
  }

  @Test func aParticipleAfterAPhraseAttributesNothing() {
    let doc = analyze(
      "Phone-in row\n\nLast spring, Ruiz called Okafor a \u{201C}tourist\u{201D} on her phone-in show while discussing his budget."
    )
    #expect(doc.quotes.allSatisfy { $0.speaker != "her phone-in" && $0.cue != "show" })
    #expect(doc.quote(containing: "tourist")?.speaker == "Ruiz")
  }

  @Test func aVerbIntroducingTheNextQuotationIsNotThisOnesCue() throws {
    let doc = analyze(
      "Dockers march\n\nWaving banners that called the mayor \u{201C}a friend of the shipowners,\u{201D} the dockers chanted \u{201C}Save our cranes.\u{201D}"
    )
    let chant = try #require(doc.quote(containing: "Save our cranes"))
    #expect(chant.speaker == "the dockers")
    #expect(doc.quote(containing: "friend of the shipowners")?.cue != "chanted")
  }

  @Test func aQuotationRunningIntoTheNextParagraphStartsWithTheSpeakerBesideIt() throws {
    let doc = analyze(
      "Ferry plan\n\n\u{201C}The ferry is late again,\u{201D} Ruiz said. \u{201C}But the board cannot just cut the service. That would strand the island.\n\n\u{201C}I am not interested in excuses,\u{201D} she added."
    )
    let first = try #require(doc.quote(containing: "ferry is late"))
    #expect(first.cue == "said")
    #expect(first.text.contains("strand the island"))
    let added = try #require(doc.quote(containing: "excuses"))
    #expect(added.cue == "added")
    #expect(!added.text.contains("strand"))
    #expect(added.speaker == "Ruiz")
  }

  @Test func aParticipleAfterAnObjectBelongsToTheSubject() throws {
    let doc = analyze(
      "Strike call\n\nThe union emailed members saying \u{201C}The strike goes on\u{201D} and vowing to picket the terminal."
    )
    let quote = try #require(doc.quote(containing: "strike goes on"))
    #expect(quote.speaker == "the union")
    #expect(!quote.text.contains("vowing"))
    #expect(doc.quote(containing: "picket the terminal")?.cue == "vowing")
  }

  @Test func anInvertedTextSourceMayCarryADayAndAPlace() throws {
    let doc = analyze(
      "Levy vote\n\n\u{201C}The board has the backbone of a sponge,\u{201D} reads a Monday column in the Harbour Times."
    )
    let quote = try #require(doc.quote(containing: "backbone"))
    #expect(quote.cue == "reads")
    #expect(quote.speaker == "a Monday column")
  }

  @Test func aQuotedWordInsideASentenceIsNoLeadInQuotation() {
    let doc = analyze(
      "Ferry rules\n\nThe board approved the plan on Monday. \u{201C}Overbooking\u{201D} (selling more seats than exist) is banned under it."
    )
    #expect(doc.quotes.allSatisfy { $0.evidence != "direct.lead-in-subject" })
  }

  @Test func aLineInCapitalsIsAHeadingNotAQuotation() {
    let doc = analyze(
      "Ferry rules\n\nThe board approved the plan on Monday.\n\n\u{201C}FERRIES ARE BACK\u{201D}\n\nThe vote was close."
    )
    #expect(doc.quotes.allSatisfy { $0.evidence != "direct.lead-in-subject" })
  }

  @Test(arguments: ["Two days later", "A few weeks earlier", "Hours afterward"])
  func anElapsedTimeOpenerIsNoSubject(_ opener: String) throws {
    let text = """
      Pier safety row

      Critics called the pier unsafe on Monday.

      \(opener), the harbour master answered them, writing to the council, “The pier is sound.”
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "pier is sound"))
    #expect(quote.speaker == "the harbour master")
  }

  @Test func aQuotationClosedByItsCommaLeavesTheNarrativeAfterIt() throws {
    let doc = analyze(
      "Port vote\n\n“In breaking news,” Okafor tweeted last January, “the harbour wins an endorsement from its "
        + "own press office,” after port spokesman Tom Ellis praised his boss online.")
    // The two pieces around "Okafor tweeted last January" are one quotation.
    let quote = try #require(doc.quote(containing: "press office"))
    #expect(quote.kind == .direct)
    #expect(quote.spans.count == 2)
    #expect(quote.text.hasSuffix("its own press office,”"))
    #expect(quote.speaker == "Okafor")
  }

  @Test func aLoneWordIsNoLeadInSentence() {
    let doc = analyze(
      "Phone bank\n\nMiller dialled the next number and waited.\n\nPause.\n\n“Well, you do that! The ferry "
        + "needs you.”")
    #expect(doc.quote(containing: "ferry needs you")?.speaker != "Pause")
  }

  @Test(arguments: [
    "The dockers chanted, “Shut it down!” as they had at every rally.",
    "The mayor wore a cap reading, “Keep the Ferry Afloat” on Wednesday night before the vote.",
  ])
  func theNarrativeAfterACompleteQuotationIsNotTheSpeakers(_ sentence: String) throws {
    let doc = analyze("Ferry rally\n\n" + sentence)
    let quote = try #require(doc.quotes.first)
    #expect(quote.kind == .direct)
    #expect(!quote.text.contains("rally") && !quote.text.contains("vote"))
  }
}
