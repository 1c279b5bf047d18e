import Foundation

/// Reads author names from a visible byline such as "By Mara Lind and Tomas
/// Okafor, Coastline News" and tells bylines from prose.
///
/// ```swift
/// Byline.authors("By Mara Lind and Tomas Okafor")  // ["Mara Lind", "Tomas Okafor"]
/// ```
enum Byline {
  /// Whether a short block reads as a byline ("By …", "Written by …").
  static func looksLikeByline(_ text: String) -> Bool {
    let lower = text.lowercased()
    guard text.count <= 100 else { return false }
    return lower.hasPrefix("by ") || lower.hasPrefix("written by ") || lower.hasPrefix("words by ")
      || lower.hasPrefix("reporting by ") || lower.hasPrefix("posted by ") || lower.hasPrefix("von ")
      || lower.hasPrefix("por ")
  }

  /// Author names in a byline; empty when none can be read.
  static func authors(_ text: String) -> [String] {
    var s = text.collapsed
    for prefix in ["written by ", "words by ", "reporting by ", "posted by ", "by ", "von ", "por "]
    where s.lowercased().hasPrefix(prefix) {
      s = String(s.dropFirst(prefix.count))
      break
    }
    // Stop at a date, a bar or a second sentence.
    for stop in [" | ", " - ", " – ", " — ", "\n", " on ", " updated", " published"] {
      if let r = s.range(of: stop, options: .caseInsensitive) { s = String(s[..<r.lowerBound]) }
    }
    var names: [String] = []
    for part in s.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " & ", with: ",")
      .split(separator: ",")
    {
      let name = String(part).trimmed
      let words = name.split(separator: " ")
      guard words.count >= 1, words.count <= 5, words.allSatisfy({ $0.first?.isUppercase ?? false }) else { continue }
      names.append(name)
    }
    return names
  }
}
