import GRDB

/// A corpus entity as lists show it: a speaker with their counts and dates.
///
/// ```swift
/// for speaker in try store.speakers().items { print(speaker.name, speaker.quoteCount) }
/// ```
public struct SpeakerRow: Sendable, Equatable, Codable, FetchableRecord {
  /// The corpus id.
  public var id: Int64
  /// The canonical name: the full form first stored.
  public var name: String
  /// `person`, `organisation`, `group` or `place`.
  public var type: String
  /// Every role the articles gave them.
  public var roles: [String]
  /// Quotes attributed to them.
  public var quoteCount: Int
  /// Articles that mention them.
  public var articleCount: Int
  /// The earliest and latest publication dates of those articles, when known.
  public var firstSeen: String?
  public var lastSeen: String?

  enum CodingKeys: String, CodingKey {
    case id, name, type, roles
    case quoteCount = "quote_count"
    case articleCount = "article_count"
    case firstSeen = "first_seen"
    case lastSeen = "last_seen"
  }

  public init(row: Row) {
    id = row["id"]
    name = row["name"]
    type = row["type"]
    roles = RoleList.decode(row["roles"])
    quoteCount = row["quote_count"]
    articleCount = row["article_count"]
    firstSeen = row["first_seen"]
    lastSeen = row["last_seen"]
  }
}
