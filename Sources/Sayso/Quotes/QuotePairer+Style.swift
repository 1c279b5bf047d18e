extension QuotePairer {
  /// Whether the article quotes with single marks, British style: after the
  /// double marks are paired, more single marks open a quotation outside
  /// them than there are double-quoted spans. American text puts its single
  /// marks inside double quotes, except in a headline.
  func isBritishStyle() -> Bool {
    var inside = [Bool](repeating: false, count: tokens.count)
    for span in spans {
      for k in span.first...span.last { inside[k] = true }
    }
    var openers = 0
    for k in tokens.indices where !inside[k] {
      guard let m = mark(k), m.level == .single, canOpen(k), opensAfterBoundary(k) else { continue }
      openers += 1
    }
    return openers > spans.count
  }

  /// "the dockers’ union", "the Joneses’ house": a single mark glued to a
  /// word in "s" with a content word after it is a plural possessive. A
  /// closing quotation stands before punctuation, a verb of saying or a
  /// function word ('the new rules' and, 'a matter for the courts' he said).
  func isPluralApostrophe(_ k: Int) -> Bool {
    guard k > 0, k + 1 < tokens.count, !tokens[k].spaceBefore else { return false }
    let previous = tokens[k - 1]
    let next = tokens[k + 1]
    guard previous.kind == .word, previous.lower.hasSuffix("s"), next.kind == .word, next.spaceBefore,
      next.paragraph == tokens[k].paragraph
    else { return false }
    let closes: WordClass = [
      .functionWords, .prepositions, .cue, .pronouns, .subordinators, .determiners, .clauseOpeners,
    ]
    return next.classes.isDisjoint(with: closes)
  }

  /// Some papers quote partial phrases in double marks and whole sentences
  /// in single ones (`said: 'My husband needs treatment. How will he get
  /// there?'`). A single-quoted span in the narrative that holds a sentence
  /// (four words or more and its closing punctuation) is a quotation in its
  /// own right; a scare quote ('revolution') stays what it is.
  mutating func promoteSentenceSingles(outside headline: Range<Int>?) {
    guard primary == .double else { return }
    for i in spans.indices where spans[i].level == .single && spans[i].parent == nil {
      let span = spans[i]
      guard span.hasOpener, span.hasCloser, headline?.contains(span.first) != true else { continue }
      let inner = span.innerTokens
      let words = inner.filter { tokens[$0].kind == .word }.count
      let closes = inner.contains { k in
        tokens[k].kind == .punct && ".?!".unicodeScalars.contains(tokens[k].first)
          && (k + 1 == inner.upperBound || tokens[k + 1].spaceBefore)
      }
      if words >= 4, closes { spans[i].level = .double }
    }
  }
}
