extension Analysis {
  /// "Fares will rise, official says", "Minister says talks will resume":
  /// headline style drops the article, leaving a role noun alone (perhaps
  /// with a modifier: "senior official") between a comma or the line's
  /// start and the verb.
  func bareRoleSpeaker(endingAt k: Int, floor: Int) -> SpeakerMention? {
    let t = tokens[k]
    guard t.kind == .word, !t.lower.hasSuffix("s") || t.lower.hasSuffix("ss"),
      t.classes.contains(.personNouns) || t.classes.contains(.titles)
    else { return nil }
    var j = k
    while j - 1 >= floor, k - j < 2, tokens[j - 1].kind == .word,
      tokens[j - 1].classes.contains(.roleModifiers) || tokens[j - 1].classes.contains(.demonyms)
    {
      j -= 1
    }
    guard j == sentenceStart(of: k) || (j - 1 >= floor && tokens[j - 1].isPunct(",")) else { return nil }
    return SpeakerMention(kind: .description, tokens: j..<(k + 1))
  }
}
