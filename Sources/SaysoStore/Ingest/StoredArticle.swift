import Foundation
import Sayso

/// An analysed article on its way into the store: the document and the
/// fingerprint of the content it was made from.
///
/// ```swift
/// let doc = Engine().analyze(text, id: "a1")
/// try store.save([StoredArticle(document: doc, contentHash: ContentHash.of(text))])
/// ```
public struct StoredArticle: Sendable {
  /// What the engine found.
  public var document: Document
  /// ``ContentHash`` of the input (the text, or the page's bytes).
  public var contentHash: String
  /// The document as JSON, when already encoded; encoding is costly, so ingest
  /// does it on every core before the single-threaded write.
  var encoded: String?

  /// Creates an article to store.
  ///
  /// - Parameter json: the document already encoded with its `Codable`
  ///   schema, by a faster writer or on another thread; nil encodes it when saved.
  public init(document: Document, contentHash: String, json: String? = nil) {
    self.document = document
    self.contentHash = contentHash
    encoded = json
  }

  /// The document as JSON, as stored in the `article.document` column.
  func json() throws -> String {
    if let encoded { return encoded }
    return String(decoding: try JSONEncoder().encode(document), as: UTF8.self)
  }
}
