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
        var speaker = a.speaker(before: verb, floor: max(0, verb - 8), insideQuote: true)
        if speaker == nil, verb - 1 > 0, a.tokens[verb - 1].lower == "and" {
          speaker = coordinatedSubject(before: verb - 1, inside: q.parent)
        }
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

extension QuoteFinder {
  /// "“My predecessor, Ruth Abara, handed me the keys and said, ‘…’”": the
  /// subject of the clause that "and" goes on with, read from where the
  /// sentence (or the quotation holding it) starts.
  func coordinatedSubject(before and: Int, inside outer: Int?) -> SpeakerMention? {
    guard let outer else { return nil }
    let start = max(a.sentenceStart(of: and), a.quotes[outer].first + 1)
    guard start < and, a.tokens[start].kind == .word, let m = a.reader.mention(startingAt: start, ceiling: and)
    else { return nil }
    // ("I think other people look at it and say …": after a verb of thinking
    // or saying, the clause has a subject of its own.)
    if (m.tokens.upperBound..<and).contains(where: { a.cue(at: $0) != nil }) { return nil }
    // ("It was …", "Quite …": no one; a capitalised opener must be a name.)
    if m.kind == .pronoun, Lexicon.pronouns[a.tokens[start].lower]?.gender == .neuter { return nil }
    if m.kind == .name, a.reader.isSentenceInitialCommon(start, sentenceStart: start) { return nil }
    // ("She’d …" is a pronoun and its auxiliary, read as a name.)
    if m.kind == .name, Lexicon.pronouns[Lexicon.pronounStem(a.tokens[start].lower)] != nil { return nil }
    return appositiveName(after: m, ceiling: and) ?? m
  }
}
