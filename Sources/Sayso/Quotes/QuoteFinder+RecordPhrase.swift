extension QuoteFinder {
  /// "In a harbour board survey released Monday, 40 percent backed the
  /// plan.": a poll or survey named in an opening phrase is the source of
  /// the clause after the comma, with "In" as the cue.
  mutating func findRecordPhrases() {
    for sentence in a.sentences {
      let s = sentence.tokens
      let k = s.lowerBound
      guard k + 3 < s.upperBound, a.tokens[k].lower == "in", !a.isQuoted(k), !usedCues.contains(k),
        a.tokens[k + 1].classes.contains(.determiners) || a.tokens[k + 1].isCapitalized
      else { continue }
      guard let comma = (k + 2..<min(s.upperBound, k + 16)).first(where: { a.tokens[$0].isPunct(",") }),
        (k + 1..<comma).contains(where: { Self.pollNouns.contains(a.tokens[$0].lower) })
      else { continue }
      let end = contentEnd(from: comma + 1, sentence: s)
      // "In a poll, Ruiz said …": a speaker of its own takes the clause.
      guard end - (comma + 1) >= 3, !(comma + 1..<end).contains(where: { a.cue(at: $0) != nil }) else { continue }
      let source = SpeakerMention(kind: .organisation, tokens: (k + 1)..<comma)
      let cue = CueEntry(lemma: "in", particle: nil, frame: .speech)
      if let found = makeReported(
        [(comma + 1)..<end], cue: (k..<(k + 1), cue), speaker: source, evidence: "indirect.record-phrase")
      {
        record(found)
      }
    }
  }

  static let pollNouns: WordSet = ["poll", "polls", "polling", "survey", "surveys"]
}
