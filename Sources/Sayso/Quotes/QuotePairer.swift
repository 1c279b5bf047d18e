/// Pairs quotation marks into ``QuoteSpan``s.
///
/// An article's primary marks are double ones in American style and single
/// ones in British style ('We will strike,' she said, with "double" marks for
/// a quote inside); see ``primaryLevel(_:)``. Whatever their shape, primary
/// marks pair into spans of level `.double` and the inner ones into `.single`,
/// so that every rule reads both styles alike.
///
/// Primary marks are paired first, across the whole text: a paragraph that
/// opens a quote without closing it continues when the next paragraph opens
/// with a mark (the newspaper convention for long quotes); otherwise the quote
/// ends with its paragraph and a warning is recorded. Single marks are then
/// paired inside each double-quoted span (nested quotes) and, separately, in
/// the narrative. Apostrophes never reach here as marks unless ambiguous, and an
/// ambiguous one that cannot close an open single quote is ignored.
struct QuotePairer {
  let tokens: [Token]
  let paragraphLast: [Int]
  /// The level of the marks that open quotations in this article.
  let primary: QuoteMarkKind.Level
  var spans: [QuoteSpan] = []
  var warnings: [String] = []

  init(tokens: [Token], primary: QuoteMarkKind.Level = .double) {
    self.tokens = tokens
    self.primary = primary
    var last: [Int] = []
    for (k, t) in tokens.enumerated() {
      if t.paragraph >= last.count { last.append(k) } else { last[t.paragraph] = k }
    }
    paragraphLast = last
  }

  /// - Parameter headline: token indices of the headline, whose single
  ///   marks keep their level (headlines quote in single marks in any style).
  static func pair(_ tokens: [Token], headline: Range<Int>? = nil) -> (spans: [QuoteSpan], warnings: [String]) {
    var pairer = QuotePairer(tokens: tokens)
    pairer.pairDoubles()
    if pairer.isBritishStyle() {
      pairer = QuotePairer(tokens: tokens, primary: .single)
      pairer.pairDoubles()
    }
    pairer.pairSingles()
    pairer.promoteSentenceSingles(outside: headline)
    pairer.spans.sort { ($0.start, $0.level == .double ? 0 : 1) < ($1.start, $1.level == .double ? 0 : 1) }
    return (pairer.spans, pairer.warnings)
  }

  func isParagraphStart(_ k: Int) -> Bool { k == 0 || tokens[k - 1].paragraph != tokens[k].paragraph }

  /// The mark at `k`, its level read against the article's primary level:
  /// in a British-style article a single mark is `.double`, and an
  /// apostrophe after a plural ("the dockers’ union") is no mark at all.
  func mark(_ k: Int) -> QuoteMarkKind? {
    guard tokens[k].kind == .quote, var m = QuoteMarkKind(tokens[k].first) else { return nil }
    if primary == .single {
      if m.level == .single && isPluralApostrophe(k) { return nil }
      m.level = m.level == .double ? .single : .double
    }
    return m
  }

  /// Whether the mark at `k` can open a quotation, judged by its shape and,
  /// for straight marks, by the spacing around it.
  func canOpen(_ k: Int) -> Bool {
    guard let m = mark(k) else { return false }
    let next = k + 1 < tokens.count ? tokens[k + 1] : nil
    if m.shape == .closing {
      // ”The cranes …”: a closing shape that opens a paragraph, right before
      // a word, is an opener typed with the wrong mark.
      guard isParagraphStart(k), let next, !next.spaceBefore, next.paragraph == tokens[k].paragraph,
        next.kind == .word || next.kind == .number
      else { return false }
      return true
    }
    guard let next, !next.spaceBefore, next.paragraph == tokens[k].paragraph else {
      return m.shape == .opening && next != nil
    }
    if m.shape == .opening { return true }
    if k == 0 || tokens[k].spaceBefore || isParagraphStart(k) { return true }
    let prev = tokens[k - 1]
    return prev.kind == .quote || "([{—–-/:".unicodeScalars.contains(prev.first)
  }

  /// Whether the mark at `k` can close a quotation.
  func canClose(_ k: Int) -> Bool {
    guard let m = mark(k) else { return false }
    if m.shape == .opening { return isMistypedCloser(k) }
    if m.shape == .closing { return true }
    if tokens[k].spaceBefore && k > 0 && !isParagraphStart(k) { return false }
    guard k + 1 < tokens.count else { return true }
    let next = tokens[k + 1]
    return next.spaceBefore || next.paragraph != tokens[k].paragraph || next.kind == .punct
      || next.kind == .quote
  }

  /// `“It’s rare,“ said Ruiz`: an opening shape glued to the words before
  /// it, after punctuation that ends a quotation, with a space or the end of
  /// the paragraph after it, was typed for a closing mark.
  func isMistypedCloser(_ k: Int) -> Bool {
    guard k > 0, !tokens[k].spaceBefore, !isParagraphStart(k) else { return false }
    let prev = tokens[k - 1]
    guard prev.kind == .punct, ",.!?…".unicodeScalars.contains(prev.first) else { return false }
    guard k + 1 < tokens.count else { return true }
    let next = tokens[k + 1]
    return next.spaceBefore || next.paragraph != tokens[k].paragraph
  }
}
