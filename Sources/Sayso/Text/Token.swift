/// One word, number, punctuation mark or quotation mark of the text.
///
/// Offsets are code points; `lower` is filled for words so that lexicon
/// look-ups need no further allocation.
struct Token: Sendable {
  enum Kind: UInt8, Sendable {
    case word, number, punct, quote
  }

  var start: Int
  var end: Int
  var kind: Kind
  /// The lowercased word, or the mark itself for punctuation and quotes.
  var lower: String
  /// The first scalar, for fast punctuation checks.
  var first: Unicode.Scalar
  /// Whether the word starts with an uppercase letter.
  var isCapitalized: Bool
  /// The number of line breaks in the whitespace before this token.
  var newlinesBefore: Int
  /// Whether whitespace stands right before this token.
  var spaceBefore: Bool
  /// The paragraph this token belongs to.
  var paragraph: Int
  /// The lexicon lists the word is on.
  var classes: WordClass = []

  var span: TextSpan { TextSpan(start, end) }
  var isWord: Bool { kind == .word }

  func isPunct(_ c: Unicode.Scalar) -> Bool { (kind == .punct || kind == .quote) && first == c }
}
