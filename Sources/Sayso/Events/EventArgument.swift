/// One side of an event, the source or the target: the words of the text
/// that name the actor, the entity they resolve to, and its actor code.
///
/// `actor_code` is an ISO 3166 alpha-3 country followed by a sector, such as
/// "IRN GOV" or "ISR MIL"; "IGO" stands for international organisations and
/// "---" for an unknown country.
///
/// ```json
/// {"text": "Lebanese President Joseph Aoun", "start": 10, "end": 40,
///  "entity": "e2", "actor_code": "LBN GOV"}
/// ```
public struct EventArgument: Hashable, Sendable, Codable {
  /// The actor as written.
  public var text: String
  /// The first code point of the mention.
  public var start: Int
  /// One past the last code point of the mention.
  public var end: Int
  /// The ``Entity/id`` the mention resolves to, when it is a listed entity.
  public var entity: String?
  /// Country and sector, such as "IRN GOV"; `nil` when nothing is known.
  public var actorCode: String?

  enum CodingKeys: String, CodingKey {
    case text, start, end, entity
    case actorCode = "actor_code"
  }

  /// Creates an argument.
  public init(text: String, start: Int, end: Int, entity: String? = nil, actorCode: String? = nil) {
    self.text = text
    self.start = start
    self.end = end
    self.entity = entity
    self.actorCode = actorCode
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(text, forKey: .text)
    try c.encode(start, forKey: .start)
    try c.encode(end, forKey: .end)
    try c.encode(entity, forKey: .entity)
    try c.encode(actorCode, forKey: .actorCode)
  }
}
