extension QuoteFinder {
  /// "Conceding that the levy “has its flaws,” though, Ruiz still
  /// argued …": a participle of saying that opens the sentence reports for
  /// the subject of the main clause, and its content ends where that clause
  /// begins (evidence `indirect.fronted-participle`).
  func frontedParticiple(_ cue: (range: Range<Int>, entry: CueEntry), sentence index: Int) -> Attribution? {
    let s = a.sentences[index].tokens
    let c = cue.range.lowerBound
    var first = s.lowerBound
    while first < c, a.tokens[first].kind != .word { first += 1 }
    if first < c, ["but", "and", "yet"].contains(a.tokens[first].lower) { first += 1 }
    guard c == first, a.tokens[c].lower.hasSuffix("ing"), cue.entry.frame != .object || cue.entry.particle != nil
    else { return nil }
    // The comma that closes the participle clause, inside a closing mark or not.
    var j = cue.range.upperBound
    while j < s.upperBound {
      if a.tokens[j].isPunct(","), !a.isQuoted(j) { break }
      if a.tokens[j].kind == .quote, a.tokens[j - 1].isPunct(","),
        a.doubleQuoteOf[j].map({ a.quotes[$0].last == j }) == true
      {
        break
      }
      j += 1
    }
    guard j + 2 < s.upperBound, j - cue.range.upperBound >= 2 else { return nil }
    var k = j + 1
    // ", though, Ruiz …": a linking adverb set off by commas.
    if ["though", "however", "then", "still"].contains(a.tokens[k].lower), a.tokens[k + 1].isPunct(",") { k += 2 }
    guard k < s.upperBound, let speaker = a.reader.mention(startingAt: k, ceiling: s.upperBound),
      speaker.kind != .description || speaker.tokens.count > 1, speaker.tokens.upperBound < s.upperBound
    else { return nil }
    var v = speaker.tokens.upperBound
    // "Ruiz still argued", "Ruiz quickly added".
    if a.tokens[v].lower.hasSuffix("ly") || a.tokens[v].classes.contains(.cueModifiers), v + 1 < s.upperBound { v += 1 }
    guard looksFinite(v) || Self.finiteAuxiliaries.contains(a.tokens[v].lower) else { return nil }
    return content(
      after: cue, sentence: s.lowerBound..<(j + (a.tokens[j].kind == .quote ? 1 : 0)), speaker: speaker,
      evidence: "indirect.fronted-participle")
  }

  /// The speaker of an earlier report in the same clause: "he called the union
  /// “reckless” and said …" goes on with the one who called.
  func earlierSpeaker(before c: Int, sentence s: Range<Int>) -> SpeakerMention? {
    guard let last = attributions.last, let cue = last.cue, s.contains(cue.lowerBound), cue.upperBound <= c,
      last.parent == nil, !a.isQuoted(cue.lowerBound), let speaker = last.speaker,
      speaker.tokens.upperBound <= cue.lowerBound
    else { return nil }
    return speaker
  }
}
