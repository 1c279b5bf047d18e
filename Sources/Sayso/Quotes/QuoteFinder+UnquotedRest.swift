extension QuoteFinder {
  /// `“Nobody else,” she said, would have kept the ferry running.`: after
  /// an attribution set off by commas, the sentence goes on in the writer's
  /// words but is still the speaker's. Returns the tokens of that rest.
  ///
  /// The quotation must end in a comma, so that its sentence is unfinished,
  /// and the rest must open with a plain lower-case word: a participle
  /// ("adding …"), a relative ("who …") or a linking word ("and", "as")
  /// starts something of the writer's own.
  func unquotedRest(after found: Attribution) -> Range<Int>? {
    guard let qi = found.quote, let cue = found.cue else { return nil }
    let q = a.quotes[qi]
    var last = q.innerTokens.upperBound - 1
    while last > q.innerTokens.lowerBound, a.tokens[last].kind == .quote { last -= 1 }
    guard a.tokens[last].isPunct(",") else { return nil }
    // "she said, would …" only: after "said Ruiz," an appositive may follow.
    guard let speaker = found.speaker, speaker.tokens.lowerBound > q.last,
      speaker.tokens.upperBound <= cue.lowerBound
    else { return nil }
    let j = cue.upperBound
    let sentence = a.sentences[a.sentenceOf[q.last]].tokens
    guard j + 2 < sentence.upperBound, a.tokens[j].isPunct(","), !a.isQuoted(j + 1) else { return nil }
    let t = a.tokens[j + 1]
    guard t.kind == .word, !t.isCapitalized, !t.lower.hasSuffix("ing"), !t.lower.hasSuffix("ly"),
      !t.classes.contains(.prepositions), !t.classes.contains(.determiners), !t.classes.contains(.pronouns),
      !Self.notClauseOpeners.contains(t.lower), !Self.appendageOpeners.contains(t.lower),
      !Self.clauseSubordinators.contains(t.lower), !Self.restStops.contains(t.lower), a.cue(at: j + 1) == nil
    else { return nil }
    let end = contentEnd(from: j + 1, sentence: sentence)
    return end - (j + 1) >= 2 ? (j + 1)..<end : nil
  }

  static let restStops: WordSet = [
    "and", "but", "or", "so", "then", "yet", "where", "whether", "according", "not", "also", "just", "even",
    "too", "still", "instead", "now", "later", "earlier", "today", "yesterday", "tonight",
  ]
}
