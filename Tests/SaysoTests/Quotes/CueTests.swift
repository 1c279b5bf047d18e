import Testing

@testable import Sayso

/// The reporting verb of each quotation, as written and as a lemma.
struct CueTests {
  @Test(arguments: [
    ("said", "say"),
    ("says", "say"),
    ("stressed", "stress"),
    ("added", "add"),
    ("warned", "warn"),
    ("replied", "reply"),
    ("admitted", "admit"),
    ("insisted", "insist"),
  ])
  func cueAfterQuoteHasItsLemma(form: String, lemma: String) throws {
    let doc = analyze("“The harbour will stay open through the winter,” Lena Quist \(form).")
    let quote = try #require(doc.quote(containing: "stay open"))
    #expect(quote.cue == form)
    #expect(quote.cueLemma == lemma)
    #expect(quote.speaker == "Lena Quist")
    let span = try #require(quote.cueSpan)
    #expect(doc.slice(span) == form)
  }

  @Test(arguments: [
    ("proclaimed", "proclaim"), ("confided", "confide"), ("grumbled", "grumble"), ("demurred", "demur"),
  ])
  func lessCommonCuesAfterAnAppositiveSpeaker(form: String, lemma: String) throws {
    let doc = analyze("“The harbour will stay open,” Lena Quist, the harbour master, \(form) to the crowd.")
    let quote = try #require(doc.quote(containing: "stay open"))
    #expect(quote.cueLemma == lemma)
    #expect(quote.speaker == "Lena Quist")
  }

  @Test func phrasalCuePointedOut() throws {
    let doc = analyze("Lena Quist pointed out that the harbour had never closed in winter before.")
    let quote = try #require(doc.quote(containing: "never closed"))
    #expect(quote.cue == "pointed out")
    #expect(quote.cueLemma == "point out")
    let span = try #require(quote.cueSpan)
    #expect(doc.slice(span) == "pointed out")
  }

  @Test func cueBeforeQuote() throws {
    let doc = analyze("Lena Quist stressed: “The harbour will stay open through the winter.”")
    let quote = try #require(doc.quote(containing: "stay open"))
    #expect(quote.cue == "stressed")
    #expect(quote.cueLemma == "stress")
  }

  @Test func accordingToIsAPhraseCue() throws {
    let doc = analyze("According to Lena Quist, the harbour will stay open through the winter.")
    let quote = try #require(doc.quote(containing: "stay open"))
    #expect(quote.cue == "According to")
    #expect(quote.cueLemma == "according to")
    let span = try #require(quote.cueSpan)
    #expect(doc.slice(span) == "According to")
  }

  @Test func cueSpanLiesOutsideTheQuote() throws {
    let doc = analyze("“Nothing has been decided,” the spokesman told reporters on Friday.")
    let quote = try #require(doc.quote(containing: "Nothing has been decided"))
    let span = try #require(quote.cueSpan)
    #expect(!quote.spans.contains { $0.overlaps(span) })
    #expect(quote.cueLemma == "tell")
    #expect(quote.speaker == "the spokesman")
  }

  @Test func aWrittenTextReadsItsWords() throws {
    let text = """
      The council released the mayor's last email on Friday. “Close the port before the storm,” it reads.
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "Close the port"))
    #expect(quote.cueLemma == "read")
  }

  @Test func readingALetterReportsNothing() {
    #expect(analyze("Okafor read Mendes’s letter aloud to the council.").quotes.isEmpty)
  }

  @Test func aReportBeforeAnAuxiliaryIsANoun() {
    let doc = analyze("The monthly jobs report has cleared the way for a rate cut.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func aRelativeReportBeforeAModalIsStillAVerb() throws {
    let doc = analyze("The union backed the plan, which it says will protect jobs at the port.")
    let q = try #require(doc.quote(containing: "protect jobs"))
    #expect(q.cueLemma == "say")
  }

  @Test func aReportAfterAPossessiveOrAHyphenatedWordIsANoun() {
    #expect(analyze("The harbour board’s report on the strike was delayed again.").quotes.isEmpty)
    #expect(analyze("Inspectors read the 95-page report on the crane collapse overnight.").quotes.isEmpty)
    #expect(analyze("Ferries link the states of the northern coast with the islands.").quotes.isEmpty)
  }

  @Test func aPluralAfterAPossessivePronounAndAModifierIsANoun() throws {
    let doc = analyze("Ferry fight\n\nAna Vance said in her opening remarks that the port should stay open.")
    let quote = try #require(doc.quote(containing: "port should stay open"))
    #expect(quote.cueLemma == "say")
    #expect(quote.speaker == "Ana Vance")
  }

  @Test func aGerundSubjectBeforeAPresentFormStillReports() throws {
    let doc = analyze("Ferry fight\n\nThe guild said its polling shows the owners losing support on the quay.")
    #expect(doc.quotes.contains { $0.cueLemma == "show" })
  }

  @Test func aDemandWithNoObjectClosesAQuotation() throws {
    let doc = analyze("Ferry fight\n\n“Enough,” the captain demanded, as the owner kept talking.")
    let quote = try #require(doc.quote(containing: "Enough"))
    #expect(quote.cueLemma == "demand")
    #expect(quote.speaker == "the captain")
  }

  @Test func aDemandWithAnObjectClosesNothing() {
    let doc = analyze("Ferry fight\n\nRecalling “the storms of 1990,” the statement urged sailors to “stay in port.”")
    #expect(doc.quote(containing: "storms of 1990")?.evidence != "direct.speaker-cue-after")
  }

  @Test func shoutedWordsHaveTheirCue() throws {
    let doc = analyze("Ferry fight\n\n“The port!” the dockers screamed back.")
    let quote = try #require(doc.quote(containing: "The port"))
    #expect(quote.cueLemma == "scream")
    #expect(quote.speaker == "the dockers")
  }

  @Test func aSingularFormAfterADeterminerAndACapitalisedModifierIsANoun() {
    let doc = analyze("Lena Quist, who hosts the TV show “Harbour Lights,” toured the pier.")
    #expect(!doc.quotes.contains { $0.cue == "show" })
  }

  @Test func aPluralSubjectBeforeTheSameFormStillReports() throws {
    let doc = analyze("The Dockers show no sign of giving up, and the Pilots claim the strike will spread.")
    let quote = try #require(doc.quote(containing: "strike will spread"))
    #expect(quote.cueLemma == "claim")
  }

  @Test func aPossessiveClaimThatStillReports() throws {
    let doc = analyze("Ruiz’s claim that the quay is unsafe angered the dockers.")
    let quote = try #require(doc.quote(containing: "quay is unsafe"))
    #expect(quote.text.hasPrefix("that the quay is unsafe"))
  }
}

/// "state" before a title or a body of government names a level, not a verb.
struct StateLevelTests {
  @Test(arguments: ["state Rep. Jeff Hoover", "state Sen. Ana Ruiz", "state lawmakers"])
  func stateBeforeATitleIsNoCue(_ phrase: String) {
    let doc = analyze("Harbour Board Votes on Levy\n\nThe supporters include the mayor and \(phrase).")
    #expect(doc.quotes.isEmpty)
  }

  @Test func stateAsAVerbStillReports() throws {
    let doc = analyze("Harbour Board Votes on Levy\n\nThe rules state that every ship must pay the levy.")
    #expect(doc.quotes.count == 1)
  }
}

/// Words that look like cues but stand as nouns or adjectives, or in a passive.
struct CueLookalikeTests {
  @Test func statesBeforeARelativeIsTheNoun() {
    let doc = analyze(
      "Ferry funding\n\nThe board surveyed riders in two coastal states where ferries carry most commuters to work.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func aPastFormAfterAPossessiveDescribesANoun() {
    let doc = analyze(
      "Harbour fortune\n\nThe yacht is only a small part of Okafor\u{2019}s reported wealth, which is mostly land."
    )
    #expect(doc.quotes.allSatisfy { $0.cue != "reported" })
  }

  @Test func aContractedHasStillReports() throws {
    let doc = analyze(
      "Levy debate\n\nThe levy is backed by Ana Ruiz, who\u{2019}s argued since 2019 that the harbour needs the money.")
    let quote = try #require(doc.quote(containing: "harbour needs the money"))
    #expect(quote.cue == "argued")
  }

  @Test func aPassiveWithAnAdverbHasNoSpeaker() {
    let doc = analyze(
      "Hull survey\n\nThe crack in the hull was first noted when divers inspected it in May.")
    #expect(doc.quotes.allSatisfy { $0.cue != "noted" || $0.speaker == nil })
  }

  @Test func goingOnRecessIsNoVerbOfSaying() throws {
    let doc = analyze(
      "Port vote\n\nSenator Ana Ruiz said that once the Senate goes on recess, “I intend to do as much as I "
        + "can for the port.”\n\nOkafor went on: “The ferries will run.”")
    let quote = try #require(doc.quote(containing: "as much as I can"))
    #expect(quote.speaker == "Ana Ruiz")
    #expect(quote.cueLemma == "say")
    #expect(doc.quotes.allSatisfy { $0.cueLemma != "go on" || $0.text.contains("ferries") })
    #expect(try #require(doc.quote(containing: "ferries will run")).cueLemma == "go on")
  }
}
