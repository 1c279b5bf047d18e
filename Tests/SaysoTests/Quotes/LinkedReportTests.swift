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

  @Test func aParticipleAfterAQuotedPhraseAndItsSpeaker() throws {
    let doc = analyze(
      Self.headline + "The harbour master will lean on his \"safety record,\" Okafor said, adding that "
        + "critics \"should read the accident logs.\"")
    let quote = try #require(doc.quote(containing: "accident logs"))
    #expect(quote.speaker == "Okafor")
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
    let doc = analyze(Self.headline + "Of course, as Ana Ruiz observed, the real winner was the ferry union.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.speaker == "Ana Ruiz")
    #expect(quote.text == "the real winner was the ferry union")
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

  @Test func aParticipleAfterAClosingAttributionIsTheSpeakersOwnReport() throws {
    let doc = analyze(Self.headline + "The levy is unfair, Okafor said Tuesday in Lagos, noting the council's silence.")
    let front = try #require(doc.quote(containing: "levy is unfair"))
    #expect(front.speaker == "Okafor")
    #expect(!front.text.contains("silence"))
    let participle = try #require(doc.quote(containing: "silence"))
    #expect(participle.speaker == "Okafor")
    #expect(participle.cue == "noting")
  }

  @Test func aParticipleAfterAWrittenMessageReportsIt() throws {
    let doc = analyze(Self.headline + "The union issued a statement Wednesday saying the strike would go on.")
    let quote = try #require(doc.quote(containing: "strike would go on"))
    #expect(quote.speaker == "the union")
    #expect(quote.text == "the strike would go on")
  }

  @Test func aParticipleAfterAnyOtherNounIsNoReport() {
    let doc = analyze(Self.headline + "The union hired a lawyer Wednesday saying nothing about the strike.")
    #expect(doc.quote(containing: "about the strike") == nil)
  }

  @Test func aQuotationAfterAddingBelongsToTheClosingSpeaker() throws {
    let doc = analyze(
      Self.headline + "Ruiz never stays for the vote, Okafor said, adding, “He has other priorities.”")
    let quote = try #require(doc.quote(containing: "other priorities"))
    #expect(quote.speaker == "Okafor")
  }

  @Test func aParticipleAfterAnInvertedAttributionBelongsToItsSpeaker() throws {
    let doc = analyze(
      Self.headline + "Okafor stayed on, said Ana Ruiz, the harbour master, adding that the cranes would be replaced.")
    let quote = try #require(doc.quote(containing: "would be replaced"))
    #expect(quote.speaker == "Ana Ruiz")
  }
}

/// Subjects and attributions in shapes the first readers missed.
struct SubjectVariantTests {
  static let headline = "Harbour Board Votes on Levy\n\n"

  @Test func aToldObjectTheReadersDoNotKnow() throws {
    let doc = analyze(
      Self.headline + "The fund will help fishermen, Finance Minister Ana Ruiz told a budget committee Wednesday.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.speaker == "Ana Ruiz")
    #expect(quote.text == "The fund will help fishermen")
  }

  @Test func anAdverbAfterACountedSubject() throws {
    let doc = analyze(Self.headline + "About six in 10 dockers overall said they backed the strike.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "they backed the strike")
  }

  @Test func thePeopleAsked() throws {
    let doc = analyze(Self.headline + "By big margins, those surveyed say ferry fares should be cut.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.speaker == "those surveyed")
  }

  @Test func aGroupWithAnAsideAboutIt() throws {
    let doc = analyze(Self.headline + "Yet harbour engineers, like their rivals, say winter crossings are unsafe.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.speaker?.hasSuffix("engineers") == true)
    #expect(quote.text == "winter crossings are unsafe")
  }

  @Test func thenSays() throws {
    let doc = analyze(Self.headline + "Okafor offered the man a job, then says he will listen to every crew.")
    let quote = try #require(doc.quote(containing: "every crew"))
    #expect(quote.speaker == "Okafor")
  }

  @Test func aQuotationWithoutItsComma() throws {
    let doc = analyze(Self.headline + "\u{201C}The port runs on trust and tide tables\u{201D} Okafor said.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.kind == .direct)
    #expect(quote.speaker == "Okafor")
  }

  @Test func saidTheOneWhoGrewUpHere() throws {
    let doc = analyze(
      Self.headline
        + "Said Dora Poynter, who grew up near the docks, \u{201C}She never forgot a name on the quay.\u{201D}")
    let quote = try #require(doc.quotes.first)
    #expect(quote.speaker == "Dora Poynter")
  }
}

/// "asked X to …": a request reports the one asked and what they should do.
struct RequestTests {
  @Test func askedTheCongregationToStand() throws {
    let doc = analyze(
      "Harbour Board Votes on Levy\n\nAt the launch, the harbour master asked the crews to sound their horns twice.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "the crews to sound their horns twice")
    #expect(quote.cueLemma == "ask")
  }

  @Test func askedAboutIsNoRequest() {
    let doc = analyze("Harbour Board Votes on Levy\n\nThe pastor asked the mayor about the levy before the vote.")
    #expect(doc.quote(containing: "about the levy") == nil)
  }
}
