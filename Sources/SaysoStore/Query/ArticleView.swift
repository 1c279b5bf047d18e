import Sayso

/// A stored article with everything the engine found in it, and the corpus ids
/// of its entities so that pages can link speakers across articles.
///
/// ```swift
/// if let article = try store.article("harbour-talks") {
///   print(article.document.quotes.count)
/// }
/// ```
public struct ArticleView: Sendable, Equatable, Codable {
  /// The store's id for the article.
  public var id: Int64
  /// Publication date (`YYYY-MM-DD`) when known.
  public var published: String?
  /// The analysed document, offsets and all.
  public var document: Document
  /// Each of the document's entity ids (`e1`) mapped to its corpus id.
  public var entityIDs: [String: Int64]
  /// The corpus id of each quote, by its id in the document (`q1`).
  public var quoteIDs: [String: Int64]

  enum CodingKeys: String, CodingKey {
    case id, published, document
    case entityIDs = "entity_ids"
    case quoteIDs = "quote_ids"
  }
}
