extension QuoteFinder {
  /// "said in politics it takes time …", "says on most days they …": a short
  /// phrase of place or time with no comma, then a pronoun and its verb,
  /// opens the reported clause rather than ending the attribution.
  func opensFrontedAdverbial(_ k: Int, _ s: Range<Int>) -> Bool {
    guard a.tokens[k].classes.contains(.prepositions), !["to", "of", "by", "for", "as"].contains(a.tokens[k].lower)
    else { return false }
    var j = k + 1
    while j < min(s.upperBound, k + 6) {
      let t = a.tokens[j]
      guard t.kind == .word || t.kind == .number, a.cue(at: j) == nil, t.lower != "that" else { return false }
      if Self.subjectPronouns.contains(t.lower), j > k + 1, j + 1 < s.upperBound, a.tokens[j + 1].kind == .word {
        return true
      }
      j += 1
    }
    return false
  }

  /// "said he would.", "said they could": a pronoun and an auxiliary, the
  /// rest of the clause left out because the sentence before says it.
  func isEllipticalClause(_ range: Range<Int>) -> Bool {
    guard range.count == 2 else { return false }
    let subject = a.tokens[range.lowerBound]
    let verb = a.tokens[range.lowerBound + 1]
    return Self.subjectPronouns.contains(subject.lower)
      && (verb.classes.contains(.eventAuxiliary) || verb.classes.contains(.eventBeForm)
        || ["did", "does", "do", "had", "has", "have"].contains(verb.lower))
  }

  static let subjectPronouns: WordSet = ["i", "he", "she", "it", "we", "they", "there"]
}
