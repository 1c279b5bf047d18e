import Foundation

/// Roles of a corpus entity, stored as a JSON array of strings and merged
/// without repeats (case-insensitively), in the order first seen.
enum RoleList {
  /// Roles kept per entity; a prolific speaker's list stays readable.
  static let limit = 24

  static func decode(_ json: String?) -> [String] {
    guard let json, let data = json.data(using: .utf8) else { return [] }
    return (try? JSONDecoder().decode([String].self, from: data)) ?? []
  }

  static func encode(_ roles: [String]) -> String {
    guard let data = try? JSONEncoder().encode(roles) else { return "[]" }
    return String(decoding: data, as: UTF8.self)
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
