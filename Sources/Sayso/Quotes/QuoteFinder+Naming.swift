extension QuoteFinder {
  /// "called him a political opportunist", "calls herself a moderate": a
  /// verb of naming with a pronoun object and a description after it
  /// reports the speaker's judgement, quoted or not. "called her back",
  /// "called them on Monday" name nothing. Returns where the report ends.
  func namingEnd(from k: Int, sentence s: Range<Int>) -> Int? {
    guard k + 1 < s.upperBound, Self.namedPronouns.contains(a.tokens[k].lower) else { return nil }
    let next = a.tokens[k + 1]
    guard next.kind == .word, !next.isCapitalized, !next.classes.contains(.timeWords),
      next.classes.isDisjoint(with: [.prepositions, .subordinators, .cue, .pronouns]),
      !Self.notNamingWords.contains(next.lower)
    else { return nil }
    guard let end = clauseRunEnd(from: k, sentence: s), end - k >= 2 else { return nil }
    return end
  }

  static let namedPronouns: WordSet = [
    "him", "her", "them", "it", "himself", "herself", "themselves", "itself", "me", "us", "myself", "ourselves",
  ]

  static let notNamingWords: WordSet = [
    "back", "off", "up", "out", "and", "or", "but", "that", "this", "last", "yesterday", "today", "tonight",
    "home", "again", "once", "twice", "directly", "personally", "repeatedly", "late", "early", "quits",
  ]
}
