/// A half-open range `[start, end)` of Unicode code points in a document's `text`.
///
/// Offsets count Unicode scalars, exactly as Python indexes a `str`, so a span
/// read by Sayso can be sliced in Python with `text[start:end]`. In JSON a span
/// is a two-element array:
///
/// ```json
/// [12, 31]
/// ```
public struct TextSpan: Hashable, Sendable, Codable, Comparable {
  /// The first code point of the span.
  public var start: Int
  /// One past the last code point of the span.
  public var end: Int

  /// Creates a span; `end` is clamped so that it is never before `start`.
  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  /// The number of code points in the span.
  public var length: Int { end - start }

  /// Whether the span holds no code point.
  public var isEmpty: Bool { end <= start }

  /// Whether the two spans share at least one code point.
  public func overlaps(_ other: TextSpan) -> Bool {
    start < other.end && other.start < end
  }

  /// Whether `other` lies wholly inside this span.
  public func contains(_ other: TextSpan) -> Bool {
    start <= other.start && other.end <= end
  }

  public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  public init(from decoder: any Decoder) throws {
    var container = try decoder.unkeyedContainer()
    let start = try container.decode(Int.self)
    let end = try container.decode(Int.self)
    self.init(start, end)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.unkeyedContainer()
    try container.encode(start)
    try container.encode(end)
  }
}
