import Sayso

/// A clean article taken from a web page: headline, body paragraphs and what
/// the page says about itself.
///
/// ```swift
/// let html = "<html lang=en><body><h1>Port reopens</h1><p>Ships sailed again on Monday, officials said.</p></body></html>"
/// let article = try ArticleExtractor.extract(Array(html.utf8), path: "port.html")
/// print(article.text)
/// // Port reopens
/// //
/// // Ships sailed again on Monday, officials said.
/// ```
public struct HTMLArticle: Sendable, Equatable {
  /// The visible headline, if one was found.
  public var title: String?
  /// The body paragraphs, furniture removed, each whole.
  public var paragraphs: [String]
  /// URL, site name, authors, publication date and language.
  public var metadata: SourceInfo
  /// Problems met while reading the page (encoding, size, nesting).
  public var warnings: [String]

  /// Creates an article.
  public init(title: String?, paragraphs: [String], metadata: SourceInfo = SourceInfo(), warnings: [String] = []) {
    self.title = title
    self.paragraphs = paragraphs
    self.metadata = metadata
    self.warnings = warnings
  }

  /// The body alone: paragraphs separated by blank lines.
  public var body: String { paragraphs.joined(separator: "\n\n") }

  /// The title on the first line, a blank line, then the body.
  public var text: String {
    guard let title, !title.isEmpty else { return body }
    return paragraphs.isEmpty ? title : title + "\n\n" + body
  }
}
