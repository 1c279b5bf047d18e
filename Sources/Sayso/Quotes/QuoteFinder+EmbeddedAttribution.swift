extension QuoteFinder {
  /// `Waving banners that called him “a sellout,” the crowd chanted “…”`: the verb
  /// after a quotation inside narrative introduces the next quotation, not
  /// this one.
  func introducesQuotation(_ found: Attribution) -> Bool {
    guard let cue = found.cue else { return false }
    // "“A,” she says, “but B”" interrupts one quotation: only a quotation
    // right after the verb, or after a colon, is one the verb introduces.
    var j = max(cue.upperBound, found.speaker?.tokens.upperBound ?? 0)
    if j < a.tokens.count, a.tokens[j].isPunct(":") { j += 1 }
    guard j < a.tokens.count, a.tokens[j].kind == .quote, let q = a.doubleQuoteOf[j] else { return false }
    return a.quotes[q].first == j && q != found.quote
  }

  /// Whether the attribution of quoted words inside narrative stands right
  /// after them ("… “settle down,” Ruiz said"), not further on in the
  /// sentence ("… “no memory” of whether he signed …", "the “harbour cartel”
  /// that he says …").
  func followsDirectly(_ found: Attribution, _ after: Range<Int>) -> Bool {
    guard let cue = found.cue else { return false }
    let start = min(cue.lowerBound, found.speaker?.tokens.lowerBound ?? Int.max)
    // A comma may stand between, and "as" ("…,” as a ministry memo put it).
    var k = after.lowerBound
    if k < after.upperBound, a.tokens[k].kind == .punct { k += 1 }
    if k < after.upperBound, a.tokens[k].lower == "as" { k += 1 }
    return start <= k
  }
}
