extension QuoteFinder {
  /// The reported speech already recorded whose content holds token `k`:
  /// "The Post reported that Klein said he was leaving" holds "said".
  func enclosingReport(of k: Int) -> Int? {
    let offset = a.tokens[k].start
    return attributions.lastIndex { att in
      att.kind != .direct && att.parent == nil && att.quote == nil
        && att.content.contains { $0.start <= offset && offset < $0.end }
    }
  }

  /// Whether a report found inside another one repeats its speaker: "Obama
  /// said he expected that …" is one report, not two. The inner speaker is
  /// the same when it is a pronoun opening the outer content, or the same words.
  func repeatsSpeaker(_ inner: Attribution, of outer: Attribution) -> Bool {
    guard let innerSpeaker = inner.speaker, let outerSpeaker = outer.speaker else { return false }
    if innerSpeaker.kind == .pronoun, let first = outer.content.first,
      a.tokens[innerSpeaker.tokens.lowerBound].start <= first.start + 5
    {
      return true
    }
    return a.string(innerSpeaker.tokens) == a.string(outerSpeaker.tokens)
  }
}
