/// The speaker a headline names after a colon: "Talks Must Resume: Okafor".
///
/// ```json
/// {"name": "Maria Okafor", "start": 28, "end": 34, "entity": "e1"}
/// ```
public struct HeadlineSpeaker: Hashable, Sendable, Codable {
  /// The canonical name of the speaker.
  public var name: String
  /// The first code point of the name in the headline.
  public var start: Int
  /// One past the last code point of the name in the headline.
  public var end: Int
  /// The id of the speaker in ``Document/entities``.
  public var entity: String?

  /// Creates a headline speaker.
  public init(name: String, start: Int, end: Int, entity: String?) {
    self.name = name
    self.start = start
    self.end = end
    self.entity = entity
  }
}
