extension QuoteFinder {
  /// Reads reported speech from the cues that no direct quotation used:
  /// "X said (that) …", "…, X said.", "according to X, …", "…, saying …".
  mutating func findReportedSpeech() {
    for (index, sentence) in a.sentences.enumerated() {
      var k = sentence.tokens.lowerBound
      while k < sentence.tokens.upperBound {
        defer { k += 1 }
        guard !a.isQuoted(k), !usedCues.contains(k), let cue = a.cue(at: k) else { continue }
        if let found = reported(cue, sentence: index) {
          record(found)
        }
      }
    }
  }

  private func reported(_ cue: (range: Range<Int>, entry: CueEntry), sentence index: Int) -> Attribution? {
    let s = a.sentences[index].tokens
    let c = cue.range.lowerBound
    if cue.entry.lemma == "according to" { return accordingTo(cue, sentence: s) }
    let word = a.tokens[c].lower
    if word.hasSuffix("ing"), c > s.lowerBound, a.tokens[c - 1].first == "," {
      guard cue.entry.frame == .speech, let speaker = subject(ofSentence: index, before: c) else { return nil }
      return content(after: cue, sentence: s, speaker: speaker, evidence: "indirect.participle")
    }
    if let speaker = a.speaker(before: c, floor: s.lowerBound) {
      if let found = content(after: cue, sentence: s, speaker: speaker, evidence: "indirect.speaker-cue") {
        return found
      }
      return tail(cue, sentence: s, speaker: speaker)
    }
    if cue.entry.closesQuote, c > s.lowerBound, a.tokens[c - 1].first == ",",
      let speaker = a.speaker(after: cue.range.upperBound, ceiling: s.upperBound)
    {
      return tail(cue, sentence: s, speaker: speaker)
    }
    return nil
  }

  /// "X said (that) CONTENT": skips an object of "told" and short phrases of
  /// time and place, then takes the clause to the sentence end.
  private func content(
    after cue: (range: Range<Int>, entry: CueEntry), sentence s: Range<Int>, speaker: SpeakerMention,
    evidence: String
  ) -> Attribution? {
    var k = cue.range.upperBound
    let lemma = cue.entry.lemma
    guard k < s.upperBound else { return nil }
    if ["tell", "inform", "assure", "remind", "warn", "urge", "ask", "advise", "counsel"].contains(lemma) {
      if let object = a.reader.mention(startingAt: k, ceiling: s.upperBound) {
        k = object.tokens.upperBound
      } else if k < s.upperBound, ["him", "her", "them", "us", "me", "reporters", "you"].contains(a.tokens[k].lower) {
        k += 1
      }
    }
    var skipped = 0
    while k < s.upperBound, skipped < 12 {
      let t = a.tokens[k]
      if (t.kind == .punct && t.first == ",") || (t.kind == .word && Lexicon.timeWords.contains(t.lower)) {
        k += 1
        skipped += 1
        continue
      }
      guard t.kind == .word, t.lower != "that", Lexicon.prepositions.contains(t.lower) else { break }
      // A phrase of time or place ("in a statement", "on Monday") runs to a
      // comma or to "that"; without either its end is unknown, so stop.
      var j = k + 1
      while j < s.upperBound, j - k < 9, a.tokens[j].first != ",", a.tokens[j].lower != "that" { j += 1 }
      guard j < s.upperBound, j - k < 9 else { break }
      skipped += j - k
      k = j
    }
    guard k < s.upperBound else { return nil }
    let opener = a.tokens[k]
    if cue.entry.frame != .object {
      let clause =
        Lexicon.clauseOpeners.contains(opener.lower) || opener.kind == .number || opener.kind == .quote
        || (opener.isCapitalized && opener.kind == .word)
      guard clause else { return nil }
    }
    let end = contentEnd(from: k, sentence: s)
    guard end - k >= 3 else { return nil }
    return makeReported(k..<end, cue: cue, speaker: speaker, evidence: evidence)
  }

  /// "CONTENT, X said [on Monday]."
  private func tail(_ cue: (range: Range<Int>, entry: CueEntry), sentence s: Range<Int>, speaker: SpeakerMention)
    -> Attribution?
  {
    guard cue.entry.closesQuote else { return nil }
    let speakerStart = min(speaker.tokens.lowerBound, cue.range.lowerBound)
    guard speakerStart - 1 > s.lowerBound, a.tokens[speakerStart - 1].first == ",",
      a.tokens[speakerStart - 1].kind == .punct
    else { return nil }
    var k = max(speaker.tokens.upperBound, cue.range.upperBound)
    while k < s.upperBound, !a.isTerminal(k) {
      let t = a.tokens[k]
      guard t.kind != .quote else { return nil }
      k += 1
    }
    let end = speakerStart - 1
    var start = s.lowerBound
    while start < end, a.tokens[start].kind == .punct, a.tokens[start].kind != .quote { start += 1 }
    guard end - start >= 3 else { return nil }
    if let q = a.doubleQuoteOf[start], a.quotes[q].last >= end - 1 { return nil }
    return makeReported(start..<end, cue: cue, speaker: speaker, evidence: "indirect.content-speaker-cue")
  }

  /// "According to X, CONTENT." / "CONTENT, according to X."
  private func accordingTo(_ cue: (range: Range<Int>, entry: CueEntry), sentence s: Range<Int>) -> Attribution? {
    let c = cue.range.lowerBound
    guard let speaker = a.speaker(after: cue.range.upperBound, ceiling: s.upperBound) else { return nil }
    if c > s.lowerBound, a.tokens[c - 1].first == "," {
      var start = s.lowerBound
      while start < c - 1, a.tokens[start].kind == .punct { start += 1 }
      guard c - 1 - start >= 3 else { return nil }
      return makeReported(start..<(c - 1), cue: cue, speaker: speaker, evidence: "indirect.according-to")
    }
    var k = speaker.appositive?.upperBound ?? speaker.tokens.upperBound
    while k < s.upperBound, a.tokens[k].first != "," || a.tokens[k].kind != .punct, k - c < 25 { k += 1 }
    guard k + 1 < s.upperBound, a.tokens[k].first == "," else { return nil }
    let end = contentEnd(from: k + 1, sentence: s)
    guard end - (k + 1) >= 3 else { return nil }
    return makeReported((k + 1)..<end, cue: cue, speaker: speaker, evidence: "indirect.according-to")
  }

  private func makeReported(
    _ range: Range<Int>, cue: (range: Range<Int>, entry: CueEntry), speaker: SpeakerMention, evidence: String
  ) -> Attribution? {
    var kind = QuoteKind.indirect
    var quoted = 0
    for k in range where a.tokens[k].kind == .quote && a.isQuoted(k) { quoted += 1 }
    if quoted > 0 {
      kind = .mixed
      if let q = a.doubleQuoteOf[range.lowerBound], a.quotes[q].first == range.lowerBound,
        a.quotes[q].last == range.upperBound - 1
      {
        kind = .direct
      }
    }
    return Attribution(
      kind: kind, content: [a.span(range)], speaker: speaker, cue: cue.range, cueEntry: cue.entry,
      evidence: evidence, anchor: a.sentenceStart(of: range.lowerBound))
  }
}
