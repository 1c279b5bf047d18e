extension QuoteFinder {
  /// "According to X, CONTENT." / "CONTENT, according to X."
  func accordingTo(_ cue: (range: Range<Int>, entry: CueEntry), sentence s: Range<Int>) -> Attribution? {
    let c = cue.range.lowerBound
    guard
      var speaker = a.speaker(after: cue.range.upperBound, ceiling: s.upperBound)
        ?? source(after: cue.range.upperBound, s)
    else { return nil }
    // "According to Ana Ruiz, the port …": what follows the comma is content,
    // not an appositive, unless another comma closes it.
    if let appositive = speaker.appositive,
      appositive.upperBound >= s.upperBound || a.tokens[appositive.upperBound].first != ","
    {
      speaker.appositive = nil
    }
    if c > s.lowerBound, a.tokens[c - 1].first == "," {
      var start = s.lowerBound
      while start < c - 1, a.tokens[start].kind == .punct { start += 1 }
      guard c - 1 - start >= 3 else { return nil }
      return makeReported([start..<(c - 1)], cue: cue, speaker: speaker, evidence: "indirect.according-to")
    }
    var k = speaker.appositive?.upperBound ?? speaker.tokens.upperBound
    while k < s.upperBound, a.tokens[k].first != "," || a.tokens[k].kind != .punct, k - c < 25 { k += 1 }
    guard k + 1 < s.upperBound, a.tokens[k].first == "," else { return nil }
    let end = contentEnd(from: k + 1, sentence: s)
    guard end - (k + 1) >= 3 else { return nil }
    return makeReported([(k + 1)..<end], cue: cue, speaker: speaker, evidence: "indirect.according-to")
  }

  /// The source named after "according to" when it is no known kind of
  /// speaker ("according to early returns"): the words up to punctuation.
  func source(after position: Int, _ s: Range<Int>) -> SpeakerMention? {
    var k = position
    while k < s.upperBound, k - position < 8, a.tokens[k].kind == .word || a.tokens[k].kind == .number { k += 1 }
    guard k > position else { return nil }
    return SpeakerMention(kind: .group, tokens: position..<k)
  }
}
