extension QuoteFinder {
  /// `“What a day!” beamed Ana Ruiz.`: after a quotation left open by
  /// its comma, question or exclamation mark, a past-tense verb the lexicon
  /// does not know, then the speaker's name or description. The inverted
  /// order is the writer's way of attributing, so the verb is the cue.
  func verbSpeakerAfter(_ qi: Int, from k: Int, _ after: Range<Int>) -> Attribution? {
    let q = a.quotes[qi]
    guard q.first == a.sentenceStart(of: q.first), k + 1 < after.upperBound, isPastVerb(k), a.cue(at: k) == nil,
      let speaker = a.speaker(after: k + 1, ceiling: after.upperBound),
      speaker.kind == .name || speaker.kind == .description,
      speaker.tokens.lowerBound == k + 1
        || a.tokens[k + 1].classes.contains(.determiners)
    else { return nil }
    let entry = CueEntry(lemma: Self.verbLemma(a.tokens[k].lower), particle: nil, frame: .speech)
    return Attribution(
      kind: .direct, content: q.pieces, speaker: speaker, cue: k..<(k + 1), cueEntry: entry,
      evidence: "direct.verb-speaker-after", quote: qi, anchor: a.sentenceStart(of: q.first))
  }
}
