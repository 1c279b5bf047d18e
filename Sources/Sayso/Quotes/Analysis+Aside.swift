extension Analysis {
  /// "Okafor, at a dockside rally in Port Ellis, Veloria, said …": a
  /// phrase opened by a preposition and set off by commas stands between a
  /// speaker and the verb. The phrase may hold commas of its own (a place
  /// and its state), so every comma within 20 words is tried, nearest first.
  func speakerBeforeAside(closingComma k: Int, floor: Int, sentenceStart: Int) -> SpeakerMention? {
    var j = k - 2
    while j > floor, k - j <= 20 {
      let t = tokens[j]
      guard t.kind == .word || t.kind == .number || t.isPunct(",") || (t.isPunct(".") && !isTerminal(j)),
        !t.classes.contains(.cue), !isQuoted(j)
      else { return nil }
      // Only a place's commas stand inside it: "in Columbus, Ohio,".
      if t.isPunct(","), !tokens[j + 1].isCapitalized,
        !tokens[j + 1].classes.contains(.prepositions)
          || Self.clauseLinks.contains(tokens[j + 1].lower)
      {
        return nil
      }
      if t.isPunct(","), tokens[j + 1].classes.contains(.prepositions),
        let m = reader.mention(endingAt: j - 1, floor: floor, sentenceStart: sentenceStart),
        m.kind == .name || m.kind == .pronoun || m.kind == .description || m.kind == .organisation,
        m.tokens.upperBound == j
      {
        return m
      }
      j -= 1
    }
    return nil
  }

  /// Words the preposition list shares with conjunctions: after a comma they
  /// open a clause, not an aside.
  static let clauseLinks: WordSet = [
    "while", "as", "since", "until", "because", "although", "though", "whereas", "like", "unlike", "than",
    "but", "and", "or", "so", "if", "unless", "when", "where", "whether",
  ]
}
