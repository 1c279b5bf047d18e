/// A stretch of the input that is not part of the article: a title repeated by
/// the scraper, navigation trailing the body, share-line residue.
///
/// ```json
/// {"kind": "navigation", "start": 5120, "end": 5180, "text": "Top Stories"}
/// ```
public struct Boilerplate: Hashable, Sendable, Codable {
  /// Why a stretch of text is not article.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// The title again, as scrapers often leave it at the top.
    case repeatedTitle = "repeated-title"
    /// Section links and story lists after the body.
    case navigation
    /// "Read more", "Share this article" and similar residue.
    case share
    /// Markup a scraper left in the text, such as `<tweet author="…">`.
    case markup
  }

  /// Why this stretch is boilerplate.
  public var kind: Kind
  /// The first code point of the stretch.
  public var start: Int
  /// One past the last code point of the stretch.
  public var end: Int
  /// The stretch as written.
  public var text: String

  /// Creates a boilerplate record.
  public init(kind: Kind, start: Int, end: Int, text: String) {
    self.kind = kind
    self.start = start
    self.end = end
    self.text = text
  }
}
