/// Surnames that are also lexicon words: "Mark Cuban", "Ana English",
/// "Tom Bishop".
///
/// A nationality, place or title right after a given name, closing the run of
/// capitalised words, is that person's surname; in the rest of the article the
/// same capitalised word names the person ("Cuban said …") rather than a
/// country or a rank, so it loses those lexicon classes.
///
/// ```swift
/// // "Ana English, the mayor, spoke first. English said the port would reopen."
/// // Both "English" tokens become plain name words.
/// ```
enum Surnames {
  static let lexiconClasses: WordClass = [.demonyms, .places, .titles]

  static func mark(_ tokens: inout [Token]) {
    var surnames: Set<String> = []
    for k in tokens.indices.dropFirst() where isSurnameCandidate(tokens[k]) {
      let given = tokens[k - 1]
      guard given.kind == .word, given.isCapitalized, given.classes.isDisjoint(with: lexiconClasses),
        !given.classes.contains(.possessive),
        Lexicon.maleFirstNames.contains(given.lower) || Lexicon.femaleFirstNames.contains(given.lower)
      else { continue }
      let closesRun = k + 1 == tokens.count || tokens[k + 1].kind != .word || !tokens[k + 1].isCapitalized
      if closesRun { surnames.insert(stem(tokens[k])) }
    }
    guard !surnames.isEmpty else { return }
    for k in tokens.indices where isSurnameCandidate(tokens[k]) && surnames.contains(stem(tokens[k])) {
      tokens[k].classes.subtract(lexiconClasses)
    }
  }

  private static func isSurnameCandidate(_ t: Token) -> Bool {
    t.kind == .word && t.isCapitalized && !t.classes.isDisjoint(with: lexiconClasses)
  }

  /// The word without its possessive ending: "Cuban’s" is "cuban".
  private static func stem(_ t: Token) -> String {
    t.classes.contains(.possessive) ? String(t.lower.unicodeScalars.dropLast(2)) : t.lower
  }
}
