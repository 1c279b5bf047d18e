/// A run of text between block boundaries (paragraph, heading, list item, …),
/// with what the extractor needs to judge it.
struct Block: Sendable {
  /// The text, whitespace collapsed and trimmed.
  var text: String
  /// The nearest block-level element around the text.
  var owner: Int
  /// That element's tag.
  var tag: String
  /// Characters (Unicode scalars) of text.
  var chars: Int
  /// Characters inside links.
  var linkChars: Int
  /// Sentence punctuation marks (.,;:!? and their CJK forms).
  var punctuation: Int

  /// Share of the text inside links.
  var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
}
