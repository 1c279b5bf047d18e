extension QuoteFinder {
  /// The evidence name of a quotation whose speaker is a described person
  /// the noun-phrase reader has no head for.
  static let looseSpeakerEvidence = "direct.described-speaker-after"

  /// `“…,” said a person close to the mayor.`: after a verb of saying that
  /// follows a quotation, a phrase opened by an article describes the
  /// speaker, whatever its head ("a person close to", "a voice-over in the
  /// ad"). It runs to the sentence's end or its first comma.
  func looseSpeaker(after start: Int, ceiling: Int) -> SpeakerMention? {
    guard start < ceiling, Self.describingArticles.contains(a.tokens[start].lower) else { return nil }
    var end = start + 1
    while end < ceiling, end - start <= 12, !a.isTerminal(end), !a.tokens[end].isPunct(",") {
      guard isDescribingWord(end) else { return nil }
      end += 1
    }
    guard end - start >= 2, end - start <= 12, end == ceiling || a.isTerminal(end) || a.tokens[end].isPunct(",")
    else { return nil }
    return SpeakerMention(kind: .description, tokens: start..<end, role: start..<end)
  }

  /// `“…,” the soft-spoken, 64-year-old envoy said`: an article, then
  /// words that only describe, up to the verb of saying at `cue`.
  func looseSpeaker(from start: Int, before cue: Int) -> SpeakerMention? {
    guard cue - start >= 2, cue - start <= 10, Self.describingArticles.contains(a.tokens[start].lower) else {
      return nil
    }
    for k in (start + 1)..<cue where !a.tokens[k].isPunct(",") {
      guard isDescribingWord(k) else { return nil }
    }
    guard !a.tokens[cue - 1].isPunct(",") else { return nil }
    // "…, the dawn of a movement, Adeyemi says": a name after the last comma
    // is the speaker, the rest an aside.
    if let comma = (start..<cue).last(where: { a.tokens[$0].isPunct(",") }),
      let name = a.reader.mention(startingAt: comma + 1, ceiling: cue), name.kind == .name,
      name.tokens.upperBound == cue
    {
      return name
    }
    return SpeakerMention(kind: .description, tokens: start..<cue, role: start..<cue)
  }

  /// A word that may stand in a description of a person: no verb of saying,
  /// pronoun, conjunction or mark of its own.
  private func isDescribingWord(_ k: Int) -> Bool {
    let t = a.tokens[k]
    guard t.kind == .word || t.kind == .number || t.isPunct("-") || (t.isPunct(".") && !a.isTerminal(k)) else {
      return false
    }
    guard t.kind == .word else { return true }
    return !t.classes.contains(.pronouns) && !t.classes.contains(.cue) && !Self.joiningWords.contains(t.lower)
      && !Self.clauseWords.contains(t.lower)
  }

  static let describingArticles: WordSet = ["a", "an", "the", "this", "one", "another"]

  /// Words that open a clause of their own, which a description never holds.
  private static let clauseWords: WordSet = [
    "who", "that", "which", "because", "although", "though", "while", "when", "if", "unless", "until",
    "whereas", "since", "is", "was", "are", "were", "has", "had", "have", "will", "would",
  ]
}
