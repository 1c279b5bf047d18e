/// SQL that finds corpus entities by a name a user typed: its words in
/// order, anywhere in the name, case- and accent-insensitively ("larijani" and
/// "Ali Larijani" both find "Ali Larijani"), through the `entity_fts` index;
/// or an id when the text is a number.
enum NameMatch {
  /// A subquery selecting entity ids, and its arguments.
  static func entityIDs(_ name: String) -> (sql: String, args: [String]) {
    let words = name.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    if words.count == 1, words[0].allSatisfy({ $0.isASCII && $0.isNumber }) {
      return ("SELECT id FROM entity WHERE id = ?", [words[0]])
    }
    guard !words.isEmpty else { return ("SELECT id FROM entity WHERE 0", []) }
    // A phrase of quoted words cannot be misread as FTS5 syntax.
    let phrase = "\"" + words.joined(separator: " ") + "\""
    return ("SELECT rowid FROM entity_fts WHERE entity_fts MATCH ?", [phrase])
  }
}
