/// A person, organisation, group or place that the article mentions, with every
/// mention of it merged under one canonical name.
///
/// "Secretary Ali Larijani", "Larijani" and a resolved "he" are one entity:
///
/// ```json
/// {"id": "e1", "name": "Ali Larijani", "type": "person",
///  "roles": ["Secretary of the National Council"],
///  "mentions": [{"start": 40, "end": 52, "text": "Ali Larijani"},
///               {"start": 120, "end": 122, "text": "he"}]}
/// ```
public struct Entity: Hashable, Sendable, Codable {
  /// What kind of thing an entity is.
  public enum Kind: String, Hashable, Sendable, Codable {
    case person, organisation, group, place
  }

  /// A stable identifier within the document: `e1`, `e2`, …
  public var id: String
  /// The longest full form of the name used in the article.
  public var name: String
  /// Person, organisation, group or place.
  public var type: Kind
  /// Titles and roles stated in the article, such as "Parliament Speaker".
  public var roles: [String]
  /// Every mention, pronouns included, in text order.
  public var mentions: [Mention]

  /// Creates an entity.
  public init(id: String, name: String, type: Kind, roles: [String] = [], mentions: [Mention] = []) {
    self.id = id
    self.name = name
    self.type = type
    self.roles = roles
    self.mentions = mentions
  }
}
