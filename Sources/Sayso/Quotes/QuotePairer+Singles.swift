extension QuotePairer {
  /// Pairs single marks inside each double-quoted span and in the narrative
  /// between them. A single quote never crosses a paragraph or a double mark.
  mutating func pairSingles() {
    let doubles = spans
    var inside = [Int?](repeating: nil, count: tokens.count)
    for (index, span) in doubles.enumerated() {
      for k in span.first...span.last { inside[k] = index }
    }
    var open: Int?
    for k in tokens.indices {
      if let o = open, tokens[o].paragraph != tokens[k].paragraph || inside[o] != inside[k] { open = nil }
      guard let m = mark(k), m.level == .single else { continue }
      if let o = open, canClose(k), k > o + 1 {
        spans.append(
          QuoteSpan(
            level: .single, first: o, last: k, hasOpener: true, hasCloser: true,
            pieces: [TextSpan(tokens[o].start, tokens[k].end)], parent: inside[k]))
        open = nil
      } else if open == nil, canOpen(k), opensAfterBoundary(k) {
        open = k
      }
    }
  }

  /// A single opening mark follows a space, a double mark or an opening bracket;
  /// this keeps word-final apostrophes ("the players’ union") from opening.
  func opensAfterBoundary(_ k: Int) -> Bool {
    if k == 0 || tokens[k].spaceBefore || isParagraphStart(k) { return true }
    let prev = tokens[k - 1]
    return prev.kind == .quote || prev.kind == .punct
  }
}
