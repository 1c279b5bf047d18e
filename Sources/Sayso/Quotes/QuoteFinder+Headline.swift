extension QuoteFinder {
  /// Headlines that attribute with a colon: "Okafor: Talks Will Resume" or
  /// "Talks Will Resume: Okafor". The claim is reported speech of the named
  /// speaker, with the colon as its cue.
  mutating func findHeadlineClaim() {
    guard let h = a.headline,
      let colon = h.last(where: { a.tokens[$0].kind == .punct && a.tokens[$0].first == ":" }),
      !attributions.contains(where: { att in att.content.contains { $0.start < a.tokens[h.upperBound - 1].end } })
    else { return }
    let before = h.lowerBound..<colon
    let after = (colon + 1)..<h.upperBound
    if let speaker = nameOnly(before) ?? sourceNoun(before), after.count >= 2 {
      record(claim(after, speaker: speaker, colon: colon))
    } else if let speaker = nameOnly(after), before.count >= 2 {
      record(claim(before, speaker: speaker, colon: colon))
    }
  }

  /// A short run of capitalised words that is all name: the headline's speaker.
  private func nameOnly(_ range: Range<Int>) -> SpeakerMention? {
    guard !range.isEmpty, range.count <= 5,
      range.allSatisfy({ a.reader.isNameToken($0) || a.tokens[$0].first == "." }),
      let m = a.reader.mention(startingAt: range.lowerBound, ceiling: range.upperBound),
      m.tokens.upperBound == range.upperBound, m.kind == .name || m.kind == .organisation
    else { return nil }
    // Headline case capitalises every word: the name must reappear in the body.
    let surname = a.tokens[range.upperBound - 1].lower
    let body = (a.headline?.upperBound ?? 0)..<a.tokens.count
    guard
      body.contains(where: {
        a.tokens[$0].lower == surname && a.tokens[$0].isCapitalized && $0 != a.sentenceStart(of: $0)
      })
    else { return nil }
    return m
  }

  /// "Poll: …", "Historians: …": a single noun for a source of claims
  /// leads the headline. ("The Latest:", "Breaking:" and "Revealed:" are
  /// labels, not sources.)
  private func sourceNoun(_ range: Range<Int>) -> SpeakerMention? {
    guard range.count == 1, a.tokens[range.lowerBound].kind == .word,
      Self.headlineSources.contains(a.tokens[range.lowerBound].lower)
    else { return nil }
    let plural = a.tokens[range.lowerBound].lower.hasSuffix("s")
    return SpeakerMention(kind: plural ? .group : .description, tokens: range)
  }

  static let headlineSources: WordSet = [
    "poll", "polls", "survey", "study", "report", "analysis", "newspaper", "historians", "insiders", "experts",
    "analysts", "officials", "economists", "scientists", "voters", "sources", "aides", "critics", "advocates",
    "lawmakers", "investigators", "prosecutors", "police",
  ]

  private func claim(_ range: Range<Int>, speaker: SpeakerMention, colon: Int) -> Attribution {
    var end = range.upperBound
    while end > range.lowerBound + 1, a.tokens[end - 1].kind == .punct, a.tokens[end - 1].first != "?" { end -= 1 }
    let quoted = a.tokens[range.lowerBound].kind == .quote && a.tokens[end - 1].kind == .quote
    return Attribution(
      kind: quoted ? .direct : .indirect, content: [a.span(range.lowerBound..<end)], speaker: speaker,
      cue: colon..<(colon + 1), cueEntry: CueEntry(lemma: ":", particle: nil, frame: .speech),
      evidence: "headline.colon", anchor: range.lowerBound)
  }
}
