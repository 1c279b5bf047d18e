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
}
