/// What the page around an article says about it: where it was published, by
/// whom and when. Plain-text input has none of it; web pages and archives do.
///
/// ```json
/// {"url": "https://example.org/news/1", "site_name": "Coastline News",
///  "authors": ["Mara Lind"], "published": "2026-03-14", "language": "en"}
/// ```
public struct SourceInfo: Hashable, Sendable, Codable {
  /// The page's address: its canonical URL or the archive's target URI.
  public var url: String?
  /// The publication's name.
  public var siteName: String?
  /// The article's authors, as bylined.
  public var authors: [String]
  /// The publication date in ISO 8601 (`2026-03-14` or with a time).
  public var published: String?
  /// The page's language code, such as `en`.
  public var language: String?

  enum CodingKeys: String, CodingKey {
    case url
    case siteName = "site_name"
    case authors, published, language
  }

  /// Creates source information; every field is optional.
  public init(
    url: String? = nil, siteName: String? = nil, authors: [String] = [], published: String? = nil,
    language: String? = nil
  ) {
    self.url = url
    self.siteName = siteName
    self.authors = authors
    self.published = published
    self.language = language
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      url: try c.decodeIfPresent(String.self, forKey: .url),
      siteName: try c.decodeIfPresent(String.self, forKey: .siteName),
      authors: try c.decodeIfPresent([String].self, forKey: .authors) ?? [],
      published: try c.decodeIfPresent(String.self, forKey: .published),
      language: try c.decodeIfPresent(String.self, forKey: .language))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(url, forKey: .url)
    try c.encode(siteName, forKey: .siteName)
    try c.encode(authors, forKey: .authors)
    try c.encode(published, forKey: .published)
    try c.encode(language, forKey: .language)
  }
}
