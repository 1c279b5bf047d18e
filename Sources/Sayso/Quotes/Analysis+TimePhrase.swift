extension Analysis {
  /// The first token of a phrase of time that ends at `k` and stands between
  /// a subject and its verb: "Okafor on Tuesday said", "who in 2010 said",
  /// "the ministry last week said", "Ruiz earlier this month said".
  ///
  /// The phrase must open with a preposition or a time adverb and end in a
  /// time word, a month or a year, so that "Okafor in Lagos said" is left to
  /// the other readers.
  func timePhraseStart(endingAt k: Int, floor: Int) -> Int? {
    guard k > floor else { return nil }
    // "Ruiz at the time said".
    if tokens[k].lower == "time", k - 2 > floor, tokens[k - 1].lower == "the", tokens[k - 2].lower == "at" {
      return k - 2
    }
    // "the ministry less than two weeks ago said", "Okafor days ago said".
    if tokens[k].lower == "ago" {
      var j = k - 1
      while j > floor, k - j <= 5, tokens[j].kind == .number || Self.agoWords.contains(tokens[j].lower) { j -= 1 }
      return j + 1 < k ? j + 1 : nil
    }
    guard isTimeEnd(k) else { return nil }
    var j = k
    while j > floor, k - j < 5 {
      let t = tokens[j]
      if Self.timePhraseOpeners.contains(t.lower), t.kind == .word, !t.isCapitalized || j == floor {
        // "last week", "earlier this month": the opener may itself be the phrase's first word.
        let p = tokens[j - 1]
        if Self.timePhraseOpeners.contains(p.lower), p.kind == .word, j - 1 > floor { return j - 1 }
        return j
      }
      guard t.kind == .number || isTimeEnd(j) || t.lower == "the" || t.isPunct(".") && !spaceBeforeNext(j)
      else { break }
      j -= 1
    }
    // A weekday alone: "Okafor Tuesday said".
    if j >= k - 1, tokens[k].classes.contains(.timeWords), tokens[k].isCapitalized, k > floor { return k }
    return nil
  }

  /// Whether a phrase of elapsed time opens at `k` and closes with a comma:
  /// "Hours later,", "A few days earlier,", "Two weeks ago,".
  func opensElapsedTime(_ k: Int, _ end: Int) -> Bool {
    var j = k
    while j < end, j - k < 5, tokens[j].kind == .number || Self.agoWords.contains(tokens[j].lower) { j += 1 }
    guard j > k, j + 1 < end, tokens[j + 1].isPunct(",") else { return false }
    return ["later", "earlier", "ago", "afterward", "afterwards"].contains(tokens[j].lower)
  }

  func isTimeEnd(_ k: Int) -> Bool {
    let t = tokens[k]
    if t.kind == .number {
      // A year: four digits from 1900 to 2099.
      let w = t.lower
      if w.utf8.count == 4 { return w.hasPrefix("19") || w.hasPrefix("20") }
      // A day after its month: "on Sept. 12", "on March 3".
      return w.utf8.count <= 2 && k > 0 && isTimeEnd(k - 1) && tokens[k - 1].kind != .number
    }
    guard t.kind == .word else {
      return t.isPunct(".") && k > 0 && Self.monthAbbreviations.contains(tokens[k - 1].lower)
    }
    if t.isCapitalized, Self.monthNames.contains(t.lower) || Self.monthAbbreviations.contains(t.lower) {
      return true
    }
    return t.classes.contains(.timeWords) && Self.timeNouns.contains(t.lower)
  }

  private func spaceBeforeNext(_ k: Int) -> Bool { k + 1 < tokens.count && tokens[k + 1].spaceBefore }

  static let timePhraseOpeners: WordSet = [
    "on", "in", "at", "during", "last", "this", "earlier", "early", "late", "later", "next", "over", "since",
  ]

  static let timeNouns: WordSet = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year",
    "morning", "afternoon", "evening", "night", "weekend",
  ]

  static let monthNames: WordSet = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  ]

  /// The words of "less than two weeks ago", "a few days ago".
  static let agoWords: WordSet = [
    "a", "an", "few", "several", "less", "more", "than", "about", "nearly", "almost", "just", "only", "some",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "minutes", "hours", "days", "weeks",
    "months", "years", "decades", "minute", "hour", "day", "week", "month", "year", "decade",
    "moments", "moment", "seconds", "second", "instants", "centuries", "century", "generations", "generation",
  ]

  static let monthAbbreviations: WordSet = ["jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec"]
}
