extension QuoteFinder {
  /// The reported speech already recorded whose content holds token `k`:
  /// "The Post reported that Klein said he was leaving" holds "said".
  /// `first` is the index of the sentence's first report; `earlier` lists
  /// the unquoted reports recorded before reported speech was read.
  func enclosingReport(of k: Int, among earlier: [Int], from first: Int) -> Int? {
    let offset = a.tokens[k].start
    // Indices, not a closure over elements: an attribution is a large value to copy.
    func holds(_ i: Int) -> Bool {
      isUnquotedReport(i) && attributions[i].content.contains(where: { $0.start <= offset && offset < $0.end })
    }
    var i = attributions.count - 1
    while i >= first {
      if holds(i) { return i }
      i -= 1
    }
    return earlier.last(where: holds)
  }

  /// A report of the writer's words, not tied to a quotation or nested in another report.
  func isUnquotedReport(_ i: Int) -> Bool {
    attributions[i].kind != .direct && attributions[i].parent == nil && attributions[i].quote == nil
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
