/// Everything a speaker page shows: who they are, when they were quoted, what
/// they talk about and which outlets quote them.
///
/// ```swift
/// if let profile = try store.profile(id: 7) { print(profile.byMonth) }
/// ```
public struct SpeakerProfile: Sendable, Equatable, Codable {
  /// A count for a label: a month, an entity or an outlet.
  public struct Count: Sendable, Equatable, Codable {
    /// The month (`2024-03`), the entity's name or the outlet.
    public var label: String
    /// The entity's id, for entity counts.
    public var id: Int64?
    /// How many quotes.
    public var count: Int
  }

  /// The speaker.
  public var speaker: SpeakerRow
  /// Quotes per month of publication, oldest first; undated quotes are left out.
  public var byMonth: [Count]
  /// People, organisations and places named most in their quotes.
  public var about: [Count]
  /// Outlets that quote them most (site name, else "unknown").
  public var quotedBy: [Count]
  /// Their latest quotes.
  public var quotes: [QuoteRow]

  enum CodingKeys: String, CodingKey {
    case speaker, about, quotes
    case byMonth = "by_month"
    case quotedBy = "quoted_by"
  }
}
