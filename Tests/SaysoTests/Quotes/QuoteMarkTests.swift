import Testing

@testable import Sayso

/// Pairing of quotation marks: every style of mark news text uses, and the
/// apostrophes that must not be taken for one.
struct QuoteMarkTests {
  @Test func curlyDoubleQuotesMakeOneQuote() throws {
    let doc = analyze("“The bridge will reopen on Friday,” the mayor said.")
    #expect(doc.quotes.count == 1)
    let quote = try #require(doc.quotes.first)
    #expect(quote.kind == .direct)
    #expect(quote.text.contains("The bridge will reopen on Friday"))
    #expect(!quote.text.contains("mayor"))
  }

  @Test func straightDoubleQuotesMakeOneQuote() throws {
    let doc = analyze("\"The bridge will reopen on Friday,\" the mayor said.")
    #expect(doc.quotes.count == 1)
    let quote = try #require(doc.quotes.first)
    #expect(quote.kind == .direct)
    #expect(quote.text.contains("The bridge will reopen on Friday"))
    #expect(!quote.text.contains("mayor"))
  }

  @Test func singleQuotesInsideDoublesStayInsideTheOuterQuote() throws {
    let doc = analyze("“They keep calling it ‘temporary’ after six years,” Okafor said.")
    let outer = try #require(doc.quote(containing: "after six years"))
    #expect(outer.text.contains("‘temporary’"))
    // A scare quote with no cue of its own is no separate quotation.
    #expect(doc.quotes.filter { $0.parent != nil }.isEmpty)
    #expect(outer.speaker == "Okafor")
  }

  @Test func guillemetsAreQuotationMarks() throws {
    let doc = analyze("«We will not sign this text,» the delegate said.")
    let quote = try #require(doc.quote(containing: "We will not sign this text"))
    #expect(quote.kind == .direct)
    #expect(quote.speaker == "the delegate")
  }

  @Test func apostrophesAreNotQuotes() {
    let text = "The harbour’s cranes date from the ’90s and the dockers’ union says they don’t meet safety rules."
    let doc = analyze(text)
    #expect(doc.quotes.allSatisfy { $0.kind != .direct })
    #expect(doc.warnings.isEmpty)
  }

  @Test func apostrophesInsideAQuoteDoNotSplitIt() throws {
    let doc = analyze("“We don’t know if the ’90s rules still apply to the port’s cranes,” Okafor said.")
    #expect(doc.quotes.count == 1)
    let quote = try #require(doc.quotes.first)
    #expect(quote.text.contains("don’t know"))
    #expect(quote.text.contains("port’s cranes"))
    #expect(quote.speaker == "Okafor")
  }

  @Test func quoteOverTwoParagraphsIsOneQuote() throws {
    let text = """
      Okafor said: “The first phase covers the northern quays. It should take a year.

      “The second phase will follow once the money is there.”
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "northern quays"))
    #expect(quote.text.contains("second phase"))
    #expect(doc.quotes.filter { $0.kind == .direct }.count == 1)
    #expect(quote.speaker == "Okafor")
    #expect(doc.warnings.isEmpty)
  }

  @Test(arguments: [
    "“The talks have failed, Okafor said.",
    "The talks have failed,” Okafor said.",
    "““ ”",
    "He said: “",
    "”",
    "‘Never,’ ’ ‘ she said.\n\n“Still open",
  ])
  func unbalancedMarksWarnWithoutCrashing(text: String) {
    let doc = analyze(text)
    #expect(!doc.warnings.isEmpty)
    let count = text.unicodeScalars.count
    for quote in doc.quotes {
      #expect(0 <= quote.start && quote.start <= quote.end && quote.end <= count)
    }
  }

  @Test func aClosingShapeThatOpensAParagraphOpensTheQuote() throws {
    let doc = analyze("Harbour news\n\n”The cranes are rusting. Replace them,” said Ana Quist.")
    let quote = try #require(doc.quote(containing: "cranes are rusting"))
    #expect(quote.speaker == "Ana Quist")
    #expect(doc.warnings.isEmpty)
  }

  @Test func aFormatMarkBeforeAQuotationIsNoWord() throws {
    let doc = analyze("Harbour news\n\n\u{202A}”The cranes are old,” said Ana Quist.")
    let quote = try #require(doc.quote(containing: "cranes are old"))
    #expect(quote.speaker == "Ana Quist")
  }

  @Test func anOpeningMarkTypedForAClosingOneCloses() throws {
    let doc = analyze(
      "Crane hearing\n\n\u{201C}It\u{2019}s rare,\u{201C} said Tom Reddy, a lawyer for the union. \u{201C}Few boards ever try it.\u{201D}"
    )
    let quote = try #require(doc.quote(containing: "rare,"))
    #expect(quote.speaker == "Tom Reddy")
    #expect(doc.quote(containing: "Few boards")?.speaker == "Tom Reddy")
  }

  @Test func threeApostrophesAfterAWordCloseTheSingleQuotationFirst() throws {
    let doc = analyze("Port vote\n\n''I would use the word 'old-school,''' said Tom Ellis, the harbour master.")
    let quote = try #require(doc.quote(containing: "I would use"))
    #expect(quote.kind == .direct)
    #expect(quote.speaker == "Tom Ellis")
    #expect(quote.text == "''I would use the word 'old-school,'''")
    // The single-quoted word has no verb of its own inside the quotation.
    #expect(doc.quotes.count == 1)
  }
}
