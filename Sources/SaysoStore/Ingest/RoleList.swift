/// Roles of a corpus entity, stored as one text joined by the ASCII unit
/// separator (which never occurs in news text) and merged without repeats
/// (case-insensitively), in the order first seen. Ingest reads and writes them
/// for every entity of every article, where JSON coding cost more than the SQL.
enum RoleList {
  static let separator: Character = "\u{1F}"
  /// Roles kept per entity; a prolific speaker's list stays readable.
  static let limit = 24

  static func decode(_ stored: String?) -> [String] {
    guard let stored, !stored.isEmpty else { return [] }
    // Splitting the UTF-8 bytes avoids Character segmentation, which dominated list queries.
    return stored.utf8.split(separator: 0x1F).compactMap { String($0) }
  }

  static func encode(_ roles: [String]) -> String {
    roles.map { $0.filter { $0 != separator } }.joined(separator: String(separator))
  }

  static func merge(_ old: [String], _ new: [String]) -> [String] {
    var seen = Set(old.map { $0.lowercased() })
    var roles = old
    for role in new where roles.count < limit && seen.insert(role.lowercased()).inserted {
      roles.append(role)
    }
    return roles
  }

  /// Content words of roles, folded, for telling people with one surname apart.
  static func words(_ roles: [String]) -> Set<String> {
    var words = Set<String>()
    for role in roles {
      for word in NameKey.words(role) where word.count > 3 && !stopWords.contains(word) {
        words.insert(word.hasSuffix("'s") ? String(word.dropLast(2)) : word)
      }
    }
    return words
  }

  /// Words that every other role has, which say nothing about who is meant.
  static let stopWords: Set<String> = ["with", "from", "that", "this", "former", "deputy", "acting", "senior"]
}
