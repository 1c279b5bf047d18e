import Testing

@testable import Sayso

/// Quotations reported inside other quotations.
struct NestedQuoteTests {
  static let exchange = """
    Union leader Maria Okafor described the last night of the strike. \
    “At two in the morning the manager said, ‘You will all be replaced,’ and I told him, ‘Try it.’ \
    By six the trucks were moving again,” Okafor said.
    """

  @Test func nestedQuotesHaveTheOuterQuoteAsParent() throws {
    let doc = analyze(Self.exchange)
    let outer = try #require(doc.quote(containing: "By six the trucks"))
    #expect(outer.parent == nil)
    #expect(outer.speaker == "Maria Okafor")
    let replaced = try #require(doc.quotes.first { $0.text.contains("replaced") && $0.id != outer.id })
    let tryIt = try #require(doc.quotes.first { $0.text.contains("Try it") && $0.id != outer.id })
    #expect(replaced.parent == outer.id)
    #expect(tryIt.parent == outer.id)
  }

  @Test func nestedQuoteLiesInsideItsParent() throws {
    let doc = analyze(Self.exchange)
    for inner in doc.quotes where inner.parent != nil {
      let parent = try #require(doc.quotes.first { $0.id == inner.parent })
      #expect(parent.start <= inner.start && inner.end <= parent.end)
      #expect(!inner.text.contains("trucks"))
    }
  }

  @Test func nestedQuoteHasItsOwnSpeaker() throws {
    let doc = analyze(Self.exchange)
    let outer = try #require(doc.quote(containing: "By six the trucks"))
    let replaced = try #require(doc.quotes.first { $0.text.contains("replaced") && $0.id != outer.id })
    #expect(replaced.speaker?.lowercased() == "the manager")
    #expect(replaced.cueLemma == "say")
    // "I" inside Okafor's quote is Okafor.
    let tryIt = try #require(doc.quotes.first { $0.text.contains("Try it") && $0.id != outer.id })
    #expect(tryIt.speaker == "Maria Okafor")
    #expect(tryIt.cueLemma == "tell")
  }

  @Test func scareQuotesInsideAQuoteAreNotNested() throws {
    let text = "“They call it a ‘temporary’ closure, but it has lasted a decade,” Okafor said."
    let doc = analyze(text)
    #expect(doc.quotes.count == 1)
    #expect(doc.quotes.allSatisfy { $0.parent == nil })
  }

  @Test func nestedQuoteWithCueAfter() throws {
    let text =
      "“Everyone remembers the last shift. ‘See you Monday,’ the foreman told us, and none of us came back,” Okafor said."
    let doc = analyze(text)
    let outer = try #require(doc.quote(containing: "none of us came back"))
    let inner = try #require(doc.quotes.first { $0.text.contains("See you Monday") && $0.id != outer.id })
    #expect(inner.parent == outer.id)
    #expect(inner.speaker?.lowercased() == "the foreman")
    #expect(inner.cueLemma == "tell")
  }

  @Test func reportedSpeechInsideAQuoteIsNestedWithItsOwnSpeaker() throws {
    let text = """
      Port director Lene Dahl spoke to reporters on Friday.

      “The season was hard on everyone. Even the mayor himself said the quays were falling apart,” Dahl said.
      """
    let doc = analyze(text)
    let outer = try #require(doc.quote(containing: "season was hard"))
    let inner = try #require(doc.quotes.first { $0.parent == outer.id })
    #expect(inner.kind == .indirect)
    #expect(inner.speaker == "the mayor")
    #expect(inner.text == "the quays were falling apart")
  }

  @Test func heInsideAQuoteIsNotTheQuotedSpeaker() throws {
    let text = """
      Dahl praised harbour master Piet Janssen for his calm during the storm.

      “When the crews said, ‘We cannot go out,’ he answered, ‘Then we wait.’ That was the right call,” Dahl said.
      """
    let doc = analyze(text)
    let answer = try #require(doc.quotes.first { $0.parent != nil && $0.text.contains("Then we wait") })
    #expect(answer.speaker == "Piet Janssen")
  }

  @Test func aReportInsideAReportIsNested() throws {
    let doc = analyze("The Harbour Gazette reported that Mendes said she would resign in June.")
    let outer = try #require(doc.quotes.first { $0.speaker?.hasSuffix("Harbour Gazette") == true })
    let inner = try #require(doc.quotes.first { $0.speaker == "Mendes" })
    #expect(inner.text == "she would resign in June")
    #expect(inner.parent == outer.id)
  }

  @Test func theSameSpeakerInsideTheirOwnReportIsOneReport() throws {
    let doc = analyze("Okafor said he expected that the council would reject the plan.")
    #expect(doc.quotes.count == 1)
    #expect(doc.quotes.first?.speaker == "Okafor")
  }

  @Test func whatSomeoneMightSayIsNoNestedReport() throws {
    let text = """
      “People would say they want lower fares, and we’re warned that the money will run out,” Okafor said.
      """
    let doc = analyze(text)
    #expect(doc.quotes.count == 1)
    #expect(doc.quotes.first?.speaker == "Okafor")
  }

  @Test func aQuoteEndingInANestedOneIsStillAttributed() throws {
    let doc = analyze("“They told me, ‘Leave now,’” Okafor said.")
    let outer = try #require(doc.quote(containing: "They told me"))
    #expect(outer.speaker == "Okafor")
    #expect(outer.parent == nil)
    let inner = try #require(doc.quotes.first { $0.parent == outer.id })
    #expect(inner.text.contains("Leave now"))
  }

  @Test func aTrailingAccordingToHoldsTheAttributionBeforeIt() throws {
    let doc = analyze(
      "Berth row\n\n\u{201C}The berths belong to local crews,\u{201D} Okafor said, according to a Harbour Times account."
    )
    let outer = try #require(doc.quotes.first { $0.cue == "according to" })
    let inner = try #require(doc.quotes.first { $0.cue == "said" })
    #expect(inner.speaker == "Okafor")
    #expect(inner.parent == outer.id)
    #expect(outer.parent == nil)
    #expect(doc.outermost().quotes.map(\.id) == [outer.id])
  }

  @Test func theyInsideAQuotationAreNoGroupOfAnEarlierParagraph() throws {
    let doc = analyze(
      "Dockers Threaten Strike\n\nTwo officials familiar with the talks said the deal was close.\n\n"
        + "The union met on Monday.\n\n"
        + "“We were not asked,” Ruiz said. “And when they told us, they said, ‘This is good for you.’ It is not.”")
    let nested = try #require(doc.quotes.first { $0.parent != nil })
    #expect(nested.text == "‘This is good for you.’")
    #expect(nested.speaker == "they")
  }

  @Test func aNestedQuotationAfterAndBelongsToTheClausesSubject() throws {
    let doc = analyze(
      "Port Talks\n\n“My predecessor, Ruth Abara, handed me the keys and said, ‘Do not lose these.’ I have not,” "
        + "Okafor said.")
    let nested = try #require(doc.quotes.first { $0.parent != nil })
    #expect(nested.speaker == "Ruth Abara")
  }

  @Test func aClauseAfterAVerbOfThinkingHasItsOwnSubject() throws {
    let doc = analyze(
      "Port Talks\n\n“I think other people look at our port and say ‘what a mess,’” Okafor said.")
    let nested = try #require(doc.quotes.first { $0.parent != nil })
    #expect(nested.speaker != "Okafor")
  }
}
