/// A stretch of text between a pair of quotation marks, possibly running over
/// several paragraphs, as the quote pairer found it.
///
/// `first` and `last` are token indices of the marks (or of the first and last
/// quoted tokens when a mark is missing); `pieces` are the code-point spans,
/// marks included, one per paragraph the quotation runs through.
struct QuoteSpan: Sendable {
  enum Level: Sendable, Equatable { case double, single }

  var level: Level
  /// Token index of the opening mark, or of the first quoted token.
  var first: Int
  /// Token index of the closing mark, or of the last quoted token.
  var last: Int
  /// Whether `first` is an opening mark.
  var hasOpener: Bool
  /// Whether `last` is a closing mark.
  var hasCloser: Bool
  var pieces: [TextSpan]
  /// For a single-quoted span inside a double-quoted one: the outer one's index.
  var parent: Int?

  var start: Int { pieces.first?.start ?? 0 }
  var end: Int { pieces.last?.end ?? 0 }

  /// Token indices of the quoted words, marks excluded.
  var innerTokens: Range<Int> {
    let lower = hasOpener ? first + 1 : first
    let upper = hasCloser ? last : last + 1
    return lower..<max(lower, upper)
  }
}
