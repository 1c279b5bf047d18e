import Testing

@testable import Sayso

/// British-style quoting: single marks open quotations and double marks sit
/// inside them. The engine reads such an article as it reads American text.
struct BritishStyleTests {
  @Test func singleMarksQuoteInABritishArticle() throws {
    let text = """
      ‘We have given the ferry company every chance,’ said Wendy Marlow, who leads the crews’ union. ‘They walked away.’

      The company called the strike ‘a needless blow to islanders’.
      """
    let doc = analyze(text)
    let direct = try #require(doc.quote(containing: "every chance"))
    #expect(direct.kind == .direct)
    #expect(direct.speaker == "Wendy Marlow")
    #expect(direct.text.contains("They walked away"))
    let partial = try #require(doc.quote(containing: "a needless blow"))
    #expect(partial.kind == .mixed)
    #expect(partial.speaker == "the company")
  }

  @Test func straightSingleMarksQuoteToo() throws {
    let doc = analyze("'The timetable is a fiction,' a harbour pilot said. 'Nobody believes it.'")
    let quote = try #require(doc.quote(containing: "a fiction"))
    #expect(quote.kind == .direct)
    #expect(quote.speaker == "a harbour pilot")
  }

  @Test func doubleMarksNestInsideSingleOnes() throws {
    let text = "‘The minister told us “not this year” and left,’ the union leader said. ‘We will not wait.’"
    let doc = analyze(text)
    let outer = try #require(doc.quote(containing: "left"))
    #expect(outer.parent == nil)
    #expect(outer.text.contains("“not this year”"))
    #expect(outer.speaker == "the union leader")
  }

  @Test func pluralApostropheDoesNotCloseAQuote() throws {
    let text = "‘The dockers’ pay has not moved in six years,’ Okafor said. ‘It is a disgrace.’"
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "pay has not moved"))
    #expect(quote.text.hasPrefix("‘The dockers’ pay"))
    #expect(quote.speaker == "Okafor")
    #expect(doc.warnings.isEmpty)
  }

  @Test func quoteRunsOverParagraphsWithOnlyTheLastClosed() throws {
    let text = """
      Captain Ines Varga said: ‘The northern quay floods at every spring tide.

      ‘We cannot moor there until it is raised.’
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "northern quay"))
    #expect(quote.text.contains("until it is raised"))
    #expect(quote.speaker == "Ines Varga")
  }

  @Test func americanHeadlineWithSingleMarksKeepsDoubleQuotesPrimary() throws {
    let text = """
      Bridge closure plan branded ‘a mistake’

      “We were never asked about the ‘temporary’ closure,” the mayor said. “It has lasted six years.”
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "never asked"))
    #expect(quote.text.contains("‘temporary’ closure"))
    #expect(quote.speaker == "the mayor")
  }
  @Test func sentencesInSingleMarksQuoteBesideDoublePartials() throws {
    let text = """
      Residents told officials the new route was "simply not safe".

      Margaret Lowe, who has farmed on the island for fifty years, said: 'The road floods every winter. How are we meant to get to the mainland?'

      The convener called the complaints "overblown".
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "The road floods"))
    #expect(quote.kind == .direct)
    #expect(quote.speaker == "Margaret Lowe")
    #expect(quote.text.contains("get to the mainland?"))
  }

  @Test func scareQuoteInSingleMarksStaysAWord() {
    let doc = analyze("The mayor’s ‘harbour plan’ was rejected, the council said in a \"final\" statement.")
    #expect(doc.quotes.allSatisfy { !$0.text.hasPrefix("‘harbour plan’") })
  }
}
