extension QuoteFinder {
  /// Quotations inside quotations: a single-quoted span in a double-quoted one
  /// with its own cue ("When they said, ‘Surrender,’ he answered, ‘Never.’").
  /// Scare quotes with no cue stay unreported.
  mutating func findNestedQuotes() {
    for qi in a.quotes.indices where a.quotes[qi].level == .single {
      let q = a.quotes[qi]
      guard let outer = q.parent, let parentAttribution = byQuote[outer] else { continue }
      guard let found = nestedCue(qi) else { continue }
      var att = Attribution(
        kind: .direct, content: q.pieces, speaker: found.speaker, cue: found.cue.range,
        cueEntry: found.cue.entry, evidence: found.evidence, quote: qi, anchor: a.sentenceStart(of: q.first))
      att.parent = parentAttribution
      record(att)
    }
  }

  private func nestedCue(_ qi: Int) -> (
    speaker: SpeakerMention?, cue: (range: Range<Int>, entry: CueEntry), evidence: String
  )? {
    let q = a.quotes[qi]
    // Before: "…, he responded forcefully, ‘…’"
    var k = q.first - 1
    if k >= 0, a.tokens[k].kind == .punct, ",:".unicodeScalars.contains(a.tokens[k].first) { k -= 1 }
    let floor = max(0, k - 6)
    var c = k
    while c >= floor {
      // A cue in the sentence before belongs to that sentence.
      if a.tokens[c].kind == .quote || a.isTerminal(c) { break }
      if let cue = a.cue(at: c), cue.entry.frame == .speech {
        // "My father used to say, ‘…’": the subject stands before "used to".
        let verb = a.infinitiveOpener(beforeCue: c, floor: max(0, c - 8)) ?? c
        let speaker = a.speaker(before: verb, floor: max(0, verb - 8), insideQuote: true)
        return (speaker, cue, "nested.speaker-cue-before")
      }
      c -= 1
    }
    // After: "‘…,’ she said"
    var e = q.last + 1
    if e < a.tokens.count, a.tokens[e].first == "," { e += 1 }
    for j in e..<min(a.tokens.count, e + 4) {
      // The outer quotation closing first: a cue after it is the outer one's.
      if a.tokens[j].kind == .quote || a.isTerminal(j) { break }
      if let cue = a.cue(at: j), cue.entry.frame == .speech {
        let speaker = j > e ? a.reader.mention(endingAt: j - 1, floor: e, sentenceStart: e) : nil
        return (speaker, cue, "nested.speaker-cue-after")
      }
    }
    return nil
  }
}
