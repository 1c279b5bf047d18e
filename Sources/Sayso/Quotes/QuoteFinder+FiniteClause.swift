extension QuoteFinder {
  /// Whether a clause with its own verb starts at `k`: "think the plan will
  /// fail", "believe Ruiz is right". A subject of a few words must reach an
  /// auxiliary or a form of "be" before any punctuation; "know the people who
  /// are" is an object with a relative clause, not a clause.
  ///
  /// With `pastVerb`, a verb in the past tense after the subject will do too
  /// ("said on Monday its profits fell"): callers pass it where a phrase
  /// already stands between the verb of saying and the clause.
  func opensFiniteClause(at k: Int, sentence s: Range<Int>, pastVerb: Bool = false) -> Bool {
    let opener = a.tokens[k]
    guard opener.kind == .word || opener.kind == .number,
      opener.isCapitalized || opener.classes.contains(.determiners) || opener.kind == .number
        || (pastVerb && Analysis.possessivePronouns.contains(opener.lower)),
      !Self.notClauseOpeners.contains(opener.lower)
    else { return false }
    var j = k + 1
    while j < min(s.upperBound, k + 7) {
      let t = a.tokens[j]
      guard t.kind == .word || t.kind == .number else { return false }
      if Self.finiteAuxiliaries.contains(t.lower) { return j > k }
      // "its profits fell", not "the troubled bank": no determiner right before.
      if pastVerb, j > k, !a.tokens[j - 1].classes.contains(.determiners), t.classes.isDisjoint(with: .functionWords),
        (t.lower.hasSuffix("ed") && t.lower.utf8.count > 4) || Self.pastTenseForms.contains(t.lower)
      {
        return true
      }
      if Self.objectStops.contains(t.lower) || t.classes.contains(.prepositions) && t.lower != "of" { return false }
      j += 1
    }
    return false
  }

  static let finiteAuxiliaries: WordSet = [
    "is", "are", "was", "were", "will", "would", "can", "could", "should", "may", "might", "must", "has", "have",
    "had", "does", "do", "did", "won’t", "won't", "isn’t", "isn't", "aren’t", "aren't", "wasn’t", "wasn't",
    "can’t", "can't", "doesn’t", "doesn't", "didn’t", "didn't", "hasn’t", "hasn't", "wouldn’t", "wouldn't",
  ]
}
