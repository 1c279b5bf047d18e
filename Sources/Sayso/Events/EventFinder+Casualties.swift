extension EventFinder {
  /// "killed 52 people in London", "sheltered 1.5 million people in Haiti": a
  /// count of anonymous people names no actor; the place they were in is the
  /// side the act fell on, so it becomes the target.
  ///
  /// Only a counted phrase of plain people qualifies: "52 Iraqi civilians" or
  /// "the protesters" name someone and stay the target.
  func placeOfCasualties(_ target: Range<Int>, ceiling: Int) -> Range<Int>? {
    guard let head = target.last, Self.anonymousPeople.contains(tokens[head].lower),
      target.contains(where: { tokens[$0].kind == .number || Self.countWords.contains(tokens[$0].lower) }),
      !target.contains(where: {
        tokens[$0].isCapitalized || tokens[$0].classes.contains(.demonyms) || tokens[$0].classes.contains(.places)
      })
    else { return nil }
    var j = target.upperBound
    while j + 1 < min(ceiling, target.upperBound + 14) {
      let w = tokens[j].lower
      if tokens[j].isPunct(";") || tokens[j].isPunct(",") || Self.recipientStops.contains(w) { return nil }
      if w == "in" {
        var start = j + 1
        if tokens[start].lower == "the", start + 1 < ceiling { start += 1 }
        let t = tokens[start]
        if t.isCapitalized, t.kind == .word, !DateResolver.months.contains(t.lower), !t.classes.contains(.timeWords),
          let place = object(from: start, ceiling: ceiling, stopAtOf: false)
        {
          return place
        }
      }
      j += 1
    }
    return nil
  }

  static let anonymousPeople: WordSet = [
    "people", "persons", "civilians", "residents", "villagers", "others", "passengers", "bystanders", "men", "women",
    "children",
  ]

  static let countWords: WordSet = ["dozens", "scores", "hundreds", "thousands", "millions", "several", "many"]
}
