/// One page of a longer list, with the total for paging controls.
///
/// ```swift
/// let page = try store.quotes(QuoteFilter(limit: 20, offset: 40))
/// print("\(page.offset + 1)–\(page.offset + page.items.count) of \(page.total)")
/// ```
public struct Page<Item: Sendable & Codable & Equatable>: Sendable, Codable, Equatable {
  /// The items on this page.
  public var items: [Item]
  /// How many items match in all.
  public var total: Int
  /// The page size asked for.
  public var limit: Int
  /// Items skipped before this page.
  public var offset: Int

  /// Creates a page.
  public init(items: [Item], total: Int, limit: Int, offset: Int) {
    self.items = items
    self.total = total
    self.limit = limit
    self.offset = offset
  }
}
