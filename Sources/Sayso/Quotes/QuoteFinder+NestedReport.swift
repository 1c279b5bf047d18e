extension QuoteFinder {
  /// Reported speech inside a quotation ("… Trump himself said Iran’s
  /// missiles …"): a third party named by the speaker, never "I" or "we".
  func nestedReport(_ cue: (range: Range<Int>, entry: CueEntry), sentence index: Int, quote q: Int)
    -> Attribution?
  {
    guard cue.entry.frame == .speech, cue.entry.lemma != "according to", let parent = byQuote[q] else { return nil }
    let inner = a.quotes[q].innerTokens
    let s = a.sentences[index].tokens
    let bounded = max(s.lowerBound, inner.lowerBound)..<min(s.upperBound, inner.upperBound)
    let c = cue.range.lowerBound
    guard !isUnrealised(c, floor: bounded.lowerBound),
      let speaker = a.speaker(before: c, floor: bounded.lowerBound, insideQuote: true),
      speaker.kind != .pronoun, !isPronounContraction(speaker.tokens.lowerBound)
    else { return nil }
    guard var found = content(after: cue, sentence: bounded, speaker: speaker, evidence: "nested.reported"),
      let first = found.content.first, a.tokenIndex(startingAt: first.start).map({ a.tokens[$0].kind }) != .quote
    else { return nil }
    // The report ends where the enclosing quotation does.
    let limit = a.tokens[inner.upperBound - 1].end
    found.content = found.content.compactMap { $0.start < limit ? TextSpan($0.start, min($0.end, limit)) : nil }
    found.kind = .indirect
    found.quote = nil
    found.parent = parent
    return found
  }

  /// "people would say", "the media can’t ask", "I want to tell you": a
  /// speaker's guess or wish about what someone might say reports nothing.
  func isUnrealised(_ c: Int, floor: Int) -> Bool {
    var k = c - 1
    while k >= floor, a.tokens[k].kind == .word,
      a.tokens[k].lower == "not" || a.tokens[k].lower == "never"
        || a.tokens[k].lower.hasSuffix("ly")
    {
      k -= 1
    }
    guard k >= floor else { return false }
    return Self.unrealisingWords.contains(a.tokens[k].lower)
  }

  /// "We’re warned …": a pronoun fused with its verb is still a pronoun.
  func isPronounContraction(_ k: Int) -> Bool {
    let stem = contractionStem(a.tokens[k].lower)
    return stem != a.tokens[k].lower && Lexicon.pronouns[stem] != nil
  }

  static let unrealisingWords: WordSet = [
    "can", "could", "would", "will", "should", "might", "may", "must", "cannot", "to", "can't", "won't",
    "wouldn't", "couldn't", "shouldn't", "don't", "doesn't", "didn't", "'ll", "'d", "can’t", "won’t",
    "wouldn’t", "couldn’t", "shouldn’t", "don’t", "doesn’t", "didn’t", "’ll", "’d",
  ]
}
