/// A user's search words made safe for SQLite's FTS5 syntax: each word is
/// quoted, so "U.S. (talks" searches for the words rather than failing on the
/// parenthesis. All words must occur; a trailing `*` keeps a prefix search.
struct FullTextQuery: Equatable {
  /// The FTS5 MATCH expression.
  let expression: String

  init(_ text: String) throws(StoreError) {
    var terms: [String] = []
    var word = ""
    func flush(prefix: Bool) {
      if !word.isEmpty { terms.append("\"\(word)\"" + (prefix ? "*" : "")) }
      word = ""
    }
    for c in text {
      if c.isLetter || c.isNumber {
        word.append(c)
      } else {
        flush(prefix: c == "*")
      }
    }
    flush(prefix: false)
    guard !terms.isEmpty else { throw .badFilter("search needs at least one word, not \"\(text)\"") }
    expression = terms.prefix(32).joined(separator: " ")
  }
}
