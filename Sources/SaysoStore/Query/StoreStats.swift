import GRDB

/// How much a store holds, for the home page and the end of an ingest.
///
/// ```swift
/// let stats = try store.stats()
/// print("\(stats.articles) articles, \(stats.quotes) quotes")
/// ```
public struct StoreStats: Sendable, Equatable, Codable {
  /// Articles, quotes, and entities with at least one quote.
  public var articles: Int
  public var quotes: Int
  public var speakers: Int
}

extension Store {
  /// Counts of what is stored.
  public func stats() throws(StoreError) -> StoreStats {
    try StoreError.wrap {
      try pool.read { db in
        StoreStats(
          articles: try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0,
          quotes: try Int.fetchOne(db, sql: "SELECT count(*) FROM quote") ?? 0,
          speakers: try Int.fetchOne(db, sql: "SELECT count(*) FROM entity WHERE quote_count > 0") ?? 0)
      }
    }
  }
}
