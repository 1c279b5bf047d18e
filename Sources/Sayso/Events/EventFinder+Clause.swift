extension EventFinder {
  /// The noun phrase that opens the sentence, when a verb-like word follows
  /// it before `limit`: the subject shared by coordinated verbs.
  func openingSubject(floor: Int, before limit: Int) -> Range<Int>? {
    var end = floor
    while end < limit, end - floor < 12, isPhraseWord(end) || tokens[end].classes.contains(.possessive) { end += 1 }
    guard end > floor, end < limit, tokens[end].kind == .word, canHeadSubject(end - 1) else { return nil }
    return floor..<end
  }

  /// The first token of a time phrase ending at `j`: "Saturday", "on Monday",
  /// "last week", "late on Friday".
  func timePhraseStart(endingAt j: Int, floor: Int) -> Int? {
    let t = tokens[j]
    // "on April 12"
    if t.kind == .number, j - 1 >= floor, tokens[j - 1].isCapitalized, DateResolver.months.contains(tokens[j - 1].lower)
    {
      return j - 2 >= floor && tokens[j - 2].lower == "on" ? j - 2 : j - 1
    }
    // "Trump in 2019 failed …": a year after "in".
    if t.kind == .number, t.lower.utf8.count == 4, t.lower.hasPrefix("19") || t.lower.hasPrefix("20"), j - 1 >= floor,
      tokens[j - 1].lower == "in"
    {
      return j - 1
    }
    let isMonth = t.isCapitalized && DateResolver.months.contains(t.lower)
    guard isMonth || t.classes.contains(.timeWords), !t.classes.contains(.eventAuxiliary), !isAdverb(t) else {
      return nil
    }
    var start = j
    while start - 1 >= floor,
      ["on", "last", "this", "late", "early", "next", "earlier", "later", "in", "since"].contains(
        tokens[start - 1].lower)
    {
      start -= 1
    }
    return start
  }
}
