import Sayso
import SaysoIntake

/// One article to analyse, with where it came from for messages. Web pages
/// carry their HTML; ``ParallelRunner`` extracts the article text from it.
public struct Article: Sendable, Equatable {
  /// The `doc_id` of the result.
  public var id: String
  /// The article text.
  public var text: String
  /// Where the article was read: a path, with a line number for JSONL.
  public var origin: String
  /// Problems met while reading it, such as repaired UTF-8.
  public var warnings: [String]
  /// The page's HTML, when the article still has to be extracted from a web page.
  public var html: [UInt8]?
  /// The page's address (an archive's target URI), when known.
  public var url: String?
  /// The charset the HTTP response declared, when known.
  public var charset: String?
  /// What the page says about the article, once extracted.
  public var metadata: SourceInfo?

  /// Creates an article.
  public init(
    id: String, text: String, origin: String, warnings: [String] = [], html: [UInt8]? = nil, url: String? = nil,
    charset: String? = nil
  ) {
    self.id = id
    self.text = text
    self.origin = origin
    self.warnings = warnings
    self.html = html
    self.url = url
    self.charset = charset
  }

  /// The article with its text and metadata extracted from ``html`` (itself when plain text).
  public func extracted() -> Article {
    guard let html else { return self }
    var a = self
    a.html = nil
    do {
      let page = try ArticleExtractor.extract(html, path: origin, url: url, charset: charset)
      a.text = page.text
      a.metadata = page.metadata
      a.warnings += page.warnings
    } catch {
      a.text = ""
      a.metadata = SourceInfo(url: url)
      a.warnings.append(error.description)
    }
    return a
  }
}
