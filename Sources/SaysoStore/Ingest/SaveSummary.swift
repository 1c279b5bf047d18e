/// What one call to ``Store/save(_:)`` added.
///
/// ```swift
/// let summary = try store.save(batch)
/// print(summary.articles, summary.quotes, summary.skipped)
/// ```
public struct SaveSummary: Sendable, Equatable {
  /// Articles stored.
  public var articles = 0
  /// Quotes stored with them.
  public var quotes = 0
  /// Articles left out because the same content was already stored.
  public var skipped = 0

  /// Creates an empty summary.
  public init() {}

  /// Adds another summary's counts to this one.
  public mutating func add(_ other: SaveSummary) {
    articles += other.articles
    quotes += other.quotes
    skipped += other.skipped
  }
}
