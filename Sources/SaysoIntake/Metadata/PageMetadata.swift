/// What a page states about its article, gathered from `<meta>` tags,
/// JSON-LD, microdata, `<time>` elements and bylines.
///
/// ```swift
/// let meta = PageMetadata(url: "https://example.org/a", siteName: "Coastline News",
///                         authors: ["Mara Lind"], published: "2026-03-14T09:30:00Z", language: "en")
/// ```
public struct PageMetadata: Sendable, Equatable {
  /// The canonical URL, or the archive's target URI.
  public var url: String?
  /// The publication's name.
  public var siteName: String?
  /// The bylined authors.
  public var authors: [String]
  /// The publication date in ISO 8601.
  public var published: String?
  /// The primary language subtag, such as `en`.
  public var language: String?

  /// Creates metadata; every field is optional.
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
}
