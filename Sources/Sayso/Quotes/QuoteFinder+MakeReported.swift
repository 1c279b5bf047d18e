extension QuoteFinder {
  /// Turns token ranges of reported content into an attribution: mixed when
  /// they carry quoted words, direct when they are exactly one quotation.
  func makeReported(
    _ ranges: [Range<Int>], cue: (range: Range<Int>, entry: CueEntry), speaker: SpeakerMention, evidence: String
  ) -> Attribution? {
    var pieces = ranges
    var kind = QuoteKind.indirect
    var carried: Int?
    // Quoted words make the content mixed; content that reaches into a quote
    // runs to the quote's end.
    for (i, range) in pieces.enumerated() {
      var end = range.upperBound
      for k in range where a.tokens[k].kind == .quote && a.isQuoted(k) { kind = .mixed }
      if let q = a.doubleQuoteOf[end - 1], a.quotes[q].level == .double, a.quotes[q].last >= end,
        a.quotes[q].first >= range.lowerBound
      {
        end = a.quotes[q].last + 1
        kind = .mixed
        carried = q
      }
      pieces[i] = range.lowerBound..<end
    }
    if pieces.count == 1, let r = pieces.first, let q = a.doubleQuoteOf[r.lowerBound],
      a.quotes[q].first == r.lowerBound,
      a.quotes[q].last == r.upperBound - 1
    {
      kind = .direct
    }
    return Attribution(
      kind: kind, content: pieces.map { a.span($0) }, speaker: speaker, cue: cue.range, cueEntry: cue.entry,
      evidence: evidence, quote: carried, anchor: a.sentenceStart(of: pieces[0].lowerBound))
  }
}
