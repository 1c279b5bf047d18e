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
    guard let speaker = a.speaker(before: c, floor: bounded.lowerBound, insideQuote: true),
      speaker.kind != .pronoun
    else { return nil }
    guard var found = content(after: cue, sentence: bounded, speaker: speaker, evidence: "nested.reported"),
      let first = found.content.first, a.tokens.first(where: { $0.start == first.start })?.kind != .quote
    else { return nil }
    // The report ends where the enclosing quotation does.
    let limit = a.tokens[inner.upperBound - 1].end
    found.content = found.content.compactMap { $0.start < limit ? TextSpan($0.start, min($0.end, limit)) : nil }
    found.kind = .indirect
    found.quote = nil
    found.parent = parent
    return found
  }
}
