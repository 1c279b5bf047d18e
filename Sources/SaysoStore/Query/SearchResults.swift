import GRDB

/// What a full-text search finds: the best-matching quotes and articles, each
/// with a snippet that marks the matching words in `[` `]`.
///
/// ```swift
/// let results = try store.search("harbour dredging")
/// print(results.articles.first?.snippet ?? "")
/// ```
public struct SearchResults: Sendable, Equatable, Codable {
  /// An article that matches, with its best passage.
  public struct ArticleHit: Sendable, Equatable, Codable, FetchableRecord {
    /// The store id, doc id, title and publication date.
    public var id: Int64
    public var docID: String
    public var title: String?
    public var published: String?
    /// The matching passage.
    public var snippet: String

    enum CodingKeys: String, CodingKey {
      case id, title, published, snippet
      case docID = "doc_id"
    }

    public init(row: Row) {
      id = row["id"]
      docID = row["doc_id"]
      title = row["title"]
      published = row["published"]
      snippet = row["snippet"]
    }
  }

  /// The words searched for.
  public var query: String
  /// Quotes, best match first.
  public var quotes: [QuoteRow]
  /// Articles, best match first.
  public var articles: [ArticleHit]
}
