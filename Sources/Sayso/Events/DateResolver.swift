/// Resolves a sentence's time phrase against the article's date: "on Sunday"
/// is the last Sunday on or before it, "yesterday" the day before, "last
/// week" seven days before, "March 3" that day of the article's year.
/// Without an article date, or without a phrase, there is no date.
///
/// ```swift
/// let dates = DateResolver(published: "2026-03-11")  // a Wednesday
/// // "… met on Sunday …" → "2026-03-08"
/// ```
struct DateResolver: Sendable {
  /// The article's day as days since 1970-01-01.
  let day: Int?

  init(published: String?) {
    guard let published, published.utf8.count >= 10 else {
      day = nil
      return
    }
    let parts = published.prefix(10).split(separator: "-").compactMap { Int($0) }
    day = parts.count == 3 ? CivilDate.days(parts[0], parts[1], parts[2]) : nil
  }

  static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
  static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  ]

  /// The date named by the time phrase nearest to `k` in the sentence.
  func date(in sentence: Range<Int>, tokens: [Token], near k: Int) -> String? {
    guard let day else { return nil }
    var best: (distance: Int, day: Int)?
    for j in sentence {
      guard let found = resolve(j, tokens: tokens, sentence: sentence, today: day) else { continue }
      let distance = abs(j - k)
      if best == nil || distance < best!.distance { best = (distance, found) }
    }
    return best.map { CivilDate.string($0.day) }
  }

  private func resolve(_ j: Int, tokens: [Token], sentence: Range<Int>, today: Int) -> Int? {
    let w = tokens[j].lower
    switch w {
    case "today": return today
    case "yesterday": return today - 1
    case "tomorrow": return today + 1
    default: break
    }
    if w == "week", j > sentence.lowerBound, tokens[j - 1].lower == "last" { return today - 7 }
    if let weekday = Self.weekdays.firstIndex(of: w), tokens[j].isCapitalized {
      // 1970-01-01 was a Thursday (index 3).
      let todayIndex = ((today % 7) + 7 + 3) % 7
      return today - ((todayIndex - weekday + 7) % 7)
    }
    if let month = Self.months.firstIndex(of: w), tokens[j].isCapitalized, j + 1 < sentence.upperBound,
      tokens[j + 1].kind == .number, let d = Int(tokens[j + 1].lower), (1...31).contains(d)
    {
      let year = CivilDate.year(today)
      let candidate = CivilDate.days(year, month + 1, d)
      return candidate > today ? CivilDate.days(year - 1, month + 1, d) : candidate
    }
    return nil
  }
}
