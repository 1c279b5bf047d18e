import Testing

@testable import SaysoStore

/// Saving batches: counts, skipping stored content, and full-text indexing.
struct StoreSaveTests {
  let passage = """
    Harbour Talks Resume

    “We are close to a deal on the harbour,” Minister Lena Okafor said on Tuesday.
    She said the talks would continue next week.
    """

  @Test func savingTwiceStoresOnce() throws {
    let fixture = try StoreFixture()
    defer { fixture.remove() }
    let first = try fixture.add(passage, id: "a1")
    #expect(first.articles == 1)
    #expect(first.quotes >= 2)
    let second = try fixture.add(passage, id: "a1-copy")
    #expect(second == SaveSummary(articles: 0, quotes: 0, skipped: 1))
    #expect(try fixture.store.stats().articles == 1)
  }

  @Test func knownHashesAreReported() throws {
    let fixture = try StoreFixture()
    defer { fixture.remove() }
    try fixture.add(passage, id: "a1")
    let known = try fixture.store.knownHashes([ContentHash.of(passage), ContentHash.of("something else")])
    #expect(known == [ContentHash.of(passage)])
  }

  @Test func quotesAreSearchableByStem() throws {
    let fixture = try StoreFixture()
    defer { fixture.remove() }
    try fixture.add(passage, id: "a1")
    // "harbours" and "harbour" share a stem.
    let page = try fixture.store.quotes(QuoteFilter(search: "harbours"))
    #expect(page.total == 1)
    #expect(page.items.first?.speaker == "Lena Okafor")
  }

  @Test func articleComesBackWithItsDocument() throws {
    let fixture = try StoreFixture()
    defer { fixture.remove() }
    try fixture.add(passage, id: "a1", published: "2024-03-05")
    let article = try #require(try fixture.store.article("a1"))
    #expect(article.document.text == passage)
    #expect(article.published == "2024-03-05")
    #expect(article.quoteIDs.count == article.document.quotes.count)
    #expect(try fixture.store.article(String(article.id))?.id == article.id)
    #expect(try fixture.store.article("missing") == nil)
  }
}

extension SaveSummary {
  init(articles: Int, quotes: Int, skipped: Int) {
    self.init()
    self.articles = articles
    self.quotes = quotes
    self.skipped = skipped
  }
}
