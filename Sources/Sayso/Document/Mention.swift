/// One place in the text where an entity is named or referred to.
///
/// ```json
/// {"start": 120, "end": 122, "text": "he"}
/// ```
public struct Mention: Hashable, Sendable, Codable {
  /// The first code point of the mention.
  public var start: Int
  /// One past the last code point of the mention.
  public var end: Int
  /// The mention as written.
  public var text: String

  /// Creates a mention.
  public init(start: Int, end: Int, text: String) {
    self.start = start
    self.end = end
    self.text = text
  }

  /// The mention's place as a span.
  public var span: TextSpan { TextSpan(start, end) }
}
