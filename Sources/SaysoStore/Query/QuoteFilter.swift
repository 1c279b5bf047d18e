import Sayso

/// Which quotes to list: the filters of `sayso quotes` and `/api/quotes`.
///
/// Names match whole words, case-insensitively: "Larijani" finds quotes by
/// "Ali Larijani"; a number is taken as a speaker id.
///
/// ```swift
/// let filter = QuoteFilter(speaker: "Okafor", search: "harbour", since: "2024-03")
/// let page = try store.quotes(filter)
/// ```
public struct QuoteFilter: Sendable, Equatable {
  /// The speaker's name (or part of it, in whole words), or their id.
  public var speaker: String?
  /// A person, organisation or place named inside the quote.
  public var about: String?
  /// Words the quote must contain (full-text, stemmed: "talks" finds "talk").
  public var search: String?
  /// Quotes from articles published on or after this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
  public var since: String?
  /// Quotes from articles published on or before this date.
  public var until: String?
  /// Only quotes of this kind.
  public var kind: QuoteKind?
  /// Page size.
  public var limit: Int
  /// Quotes to skip, for the next page.
  public var offset: Int

  /// Creates a filter; every criterion is optional.
  public init(
    speaker: String? = nil, about: String? = nil, search: String? = nil, since: String? = nil, until: String? = nil,
    kind: QuoteKind? = nil, limit: Int = 50, offset: Int = 0
  ) {
    self.speaker = speaker
    self.about = about
    self.search = search
    self.since = since
    self.until = until
    self.kind = kind
    self.limit = limit
    self.offset = offset
  }

  /// Checks dates and paging, with a message naming the bad value.
  public func validate() throws(StoreError) {
    try DateFilter.validate(since: since, until: until)
    try Paging.validate(limit: limit, offset: offset)
    if let search { _ = try FullTextQuery(search) }
  }
}
