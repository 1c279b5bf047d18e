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
}
