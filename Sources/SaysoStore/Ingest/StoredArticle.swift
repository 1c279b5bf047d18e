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

  /// Creates an article to store.
  public init(document: Document, contentHash: String) {
    self.document = document
    self.contentHash = contentHash
  }
}
