import Foundation

/// SQL that finds corpus entities by a name a user typed: whole words,
/// case-insensitively, or an id when the text is a number.
enum NameMatch {
  /// A subquery selecting entity ids, and its arguments.
  static func entityIDs(_ name: String) -> (sql: String, args: [String]) {
    let trimmed = name.trimmingCharacters(in: .whitespaces)
    if !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) {
      return ("SELECT id FROM entity WHERE id = ?", [trimmed])
    }
    let words = NameKey.words(trimmed).joined(separator: " ").filter { $0 != "%" && $0 != "_" }
    return ("SELECT id FROM entity WHERE ' ' || fold_name(name) || ' ' LIKE '% ' || ? || ' %'", [words])
  }
}
