import Foundation
import Sayso

/// How an article's entity is matched with the corpus: its merge key, and for
/// people the surname that lets "Larijani" meet "Ali Larijani".
///
/// Names are compared case-folded, without diacritics or full stops, so that
/// "José Nuñez" and "Jose Nunez" are one key. Descriptions ("the ministry",
/// "a senior official") mean one thing only inside their article, so their key
/// names the article and they are never merged.
struct NameKey: Equatable {
  /// `person:ali larijani`, `organisation:united nations`, `local:12:e3`.
  var key: String
  /// The last word of a person's name, folded; nil for anything else.
  var surname: String?
  /// Whether the name is a single word, which merges only with evidence.
  var isSurnameOnly: Bool

  init(entity: Entity, articleID: Int64) {
    let words = NameKey.words(entity.name)
    guard entity.type != .group, NameKey.isProperName(entity.name), !words.isEmpty else {
      key = "local:\(articleID):\(entity.id)"
      surname = nil
      isSurnameOnly = false
      return
    }
    key = "\(entity.type.rawValue):\(words.joined(separator: " "))"
    surname = entity.type == .person ? words.last : nil
    isSurnameOnly = entity.type == .person && words.count == 1
  }

  /// Folded words of a name, without a leading "the".
  static func words(_ name: String) -> [String] {
    // Folding through Foundation is slow; most names are ASCII and only need lowercasing.
    let folded =
      name.utf8.allSatisfy { $0 < 0x80 }
      ? name.lowercased() : name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    var words = folded.replacingOccurrences(of: "’", with: "'").split { c in
      c == " " || c == "." || c == "\n" || c == "\t" || c == ","
    }.map(String.init)
    if words.first == "the" { words.removeFirst() }
    return words
  }

  /// A proper name starts with a capital letter (after an optional "the").
  static func isProperName(_ name: String) -> Bool {
    var rest = Substring(name)
    if rest.hasPrefix("the ") || rest.hasPrefix("The ") { rest = rest.dropFirst(4) }
    guard let first = rest.unicodeScalars.first else { return false }
    return first.properties.isUppercase
  }
}
