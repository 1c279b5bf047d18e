extension QuoteFinder {
  /// "Asked whether the port would close, Okafor laughed.": the question put
  /// to someone by an unnamed asker is reported with no speaker, the way
  /// PolNeAR marks it. The content runs from the question word to the comma
  /// that closes the phrase.
  mutating func findAgentlessQuestions() {
    for sentence in a.sentences {
      let s = sentence.tokens
      // The cue bit first: most words are no cue, and it costs no string compare.
      for k in s where a.tokens[k].classes.contains(.cue) && a.tokens[k].lower == "asked" && !usedCues.contains(k) {
        guard !a.isQuoted(k), isAgentless(k, sentenceStart: s.lowerBound), let start = questionStart(after: k, s)
        else { continue }
        var end = start + 1
        while end < s.upperBound, !(a.tokens[end].isPunct(",") && !a.isQuoted(end)), !a.isTerminal(end) { end += 1 }
        guard end - start >= 2 else { continue }
        let cue = CueEntry(lemma: "ask", particle: nil, frame: .speech)
        record(
          Attribution(
            kind: .indirect, content: [a.span(start..<end)], speaker: nil, cue: k..<(k + 1), cueEntry: cue,
            evidence: "indirect.agentless-question", quote: nil, anchor: s.lowerBound))
      }
    }
  }

  /// "Asked …" opening the sentence, "when asked …", "was asked …": no asker is named.
  private func isAgentless(_ k: Int, sentenceStart: Int) -> Bool {
    if k == sentenceStart { return true }
    let before = a.tokens[k - 1].lower
    return ["when", "after", "once", "if", "as", "being", "was", "were", "been", "is", "are", "repeatedly"]
      .contains(before) || (before == "," && k - 1 == sentenceStart)
  }

  /// The question word after "asked", past a short phrase of place or time
  /// ("asked in Lagos on Monday whether …").
  private func questionStart(after k: Int, _ s: Range<Int>) -> Int? {
    var j = k + 1
    while j < s.upperBound, j - k <= 6 {
      let t = a.tokens[j]
      guard t.kind == .word || t.kind == .number else { return nil }
      if Self.questionWords.contains(t.lower) { return j }
      j += 1
    }
    return nil
  }

  static let questionWords: WordSet = [
    "whether", "if", "what", "which", "who", "whom", "how", "why", "when", "where", "about",
  ]
}
