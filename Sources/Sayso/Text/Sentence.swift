/// A sentence as a range of token indices.
struct Sentence: Sendable {
  var tokens: Range<Int>
  var paragraph: Int
}
