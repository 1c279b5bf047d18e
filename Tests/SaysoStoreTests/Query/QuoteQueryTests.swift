import Testing

@testable import SaysoStore

/// Filters of `sayso quotes` and `/api/quotes`.
struct QuoteQueryTests {
  func fixture() throws -> StoreFixture {
    let f = try StoreFixture()
    try f.add(
      "“The port will reopen in May,” Harbour Minister Lena Okafor said. She said Castamar had agreed.",
      id: "march", published: "2024-03-10")
    try f.add(
      "Union leader Daniel Brandt said the strike would go on. “Lena Okafor has not called us once,” he said.",
      id: "april", published: "2024-04-02")
    try f.add("“Nothing is settled,” Brandt said.", id: "undated")
    return f
  }

  @Test func speakerMatchesWholeWords() throws {
    let f = try fixture()
    defer { f.remove() }
    #expect(try f.store.quotes(QuoteFilter(speaker: "okafor")).total == 2)
    #expect(try f.store.quotes(QuoteFilter(speaker: "Brandt")).total == 3)
    #expect(try f.store.quotes(QuoteFilter(speaker: "Brand")).total == 0)
  }

  @Test func aboutFindsQuotesThatNameSomeone() throws {
    let f = try fixture()
    defer { f.remove() }
    let page = try f.store.quotes(QuoteFilter(about: "Okafor"))
    #expect(page.items.map(\.speaker) == ["Daniel Brandt"])
  }

  @Test func datesFilterAndOrderNewestFirst() throws {
    let f = try fixture()
    defer { f.remove() }
    #expect(try f.store.quotes(QuoteFilter(since: "2024-04")).items.allSatisfy { $0.published == "2024-04-02" })
    #expect(try f.store.quotes(QuoteFilter(until: "2024-03")).items.allSatisfy { $0.published == "2024-03-10" })
    let all = try f.store.quotes(QuoteFilter()).items
    #expect(all.first?.published == "2024-04-02")
    #expect(all.last?.published == nil)
  }

  @Test func kindAndPaging() throws {
    let f = try fixture()
    defer { f.remove() }
    let direct = try f.store.quotes(QuoteFilter(kind: .direct))
    #expect(direct.items.allSatisfy { $0.kind == "direct" })
    let second = try f.store.quotes(QuoteFilter(limit: 1, offset: 1))
    #expect(second.items.count == 1)
    #expect(second.total == (try f.store.quotes(QuoteFilter()).total))
  }

  @Test(arguments: ["2024-13", "March", "24-03-01", "2024-3"])
  func badDatesAreRefused(_ date: String) throws {
    let f = try fixture()
    defer { f.remove() }
    #expect(throws: StoreError.self) { try f.store.quotes(QuoteFilter(since: date)) }
  }

  @Test func searchSyntaxCannotBreakTheQuery() throws {
    let f = try fixture()
    defer { f.remove() }
    #expect(try f.store.quotes(QuoteFilter(search: "\"port (reopen")).total == 1)
    #expect(throws: StoreError.self) { try f.store.quotes(QuoteFilter(search: "((( ")) }
    #expect(throws: StoreError.self) { try f.store.quotes(QuoteFilter(limit: 0)) }
  }

  @Test func searchRanksQuotesAndArticles() throws {
    let f = try fixture()
    defer { f.remove() }
    let results = try f.store.search("strike")
    #expect(results.articles.map(\.docID) == ["april"])
    #expect(results.articles.first?.snippet.contains("[strike]") == true)
  }
}
