extension QuoteFinder {
  /// "The wardens rushed everyone inside and said …": a determiner or count
  /// and at most three plain words, the last a plural noun the lexicon
  /// lacks, followed by a lower-case word that can be the verb. People are
  /// named by what they do far more often than any lexicon lists.
  func pluralSubject(at k: Int, ceiling end: Int) -> SpeakerMention? {
    guard k < end else { return nil }
    var j = k + 1
    // "about 200 dockers": an approximate count.
    if Self.approximators.contains(a.tokens[k].lower), j < end, a.tokens[j].kind == .number { j += 1 }
    guard j > k + 1 || a.tokens[k].classes.contains(.determiners) || a.tokens[k].kind == .number else { return nil }
    while j + 1 < end, j - k <= 3, a.tokens[j].kind == .word, !a.tokens[j].isCapitalized,
      a.tokens[j].classes.isDisjoint(with: Self.nonNounClasses)
    {
      if isPluralHead(j), canBeVerb(j + 1) { return SpeakerMention(kind: .group, tokens: k..<(j + 1)) }
      j += 1
    }
    return nil
  }

  private func isPluralHead(_ j: Int) -> Bool {
    let w = a.tokens[j].lower
    return w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("ous") && w.utf8.count > 3
  }

  private func canBeVerb(_ j: Int) -> Bool {
    let v = a.tokens[j]
    guard v.kind == .word, !v.isCapitalized, !v.lower.hasSuffix("ing") else { return false }
    return v.classes.isDisjoint(with: [.determiners, .prepositions, .pronouns, .functionWords])
      || v.classes.contains(.eventAuxiliary)
  }

  static let approximators: WordSet = ["about", "nearly", "almost", "roughly", "around", "some", "over"]

  private static let nonNounClasses: WordClass = [
    .functionWords, .determiners, .prepositions, .pronouns, .cue, .subordinators, .eventAuxiliary,
  ]
}
