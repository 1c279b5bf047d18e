/// Reads a wire dateline at the start of the body: `PLACE[, Date] [(Source)] –`.
enum DatelineReader {
  static func read(_ text: ScalarText, at start: Int, end: Int) -> Dateline? {
    let limit = min(end, start + 120)
    if start < limit, text[start] == "(" { return agencyOnly(text, at: start, limit: limit) }
    var i = start
    var upper = 0
    // The place: capitals, spaces, dots, hyphens, apostrophes.
    while i < limit {
      let c = text[i]
      if c.isUpperLike {
        upper += 1
      } else if c.isLetterLike {
        // A mixed-case word ("Nov.") starts the date, not the place.
        while i > start, text[i - 1].isLetterLike {
          i -= 1
          upper -= 1
        }
        break
      } else if !(c == " " || c == "." || c == "-" || c == "'" || c == "’" || c == ",") {
        break
      }
      i += 1
    }
    guard upper >= 2 else { return titleCasePlace(text, at: start, limit: limit) }
    var placeEnd = i
    while placeEnd > start, " ,".unicodeScalars.contains(text[placeEnd - 1]) { placeEnd -= 1 }
    // An optional date after a comma, up to the bracket or dash.
    var date: String?
    if i > start, text[i - 1] == "," || (i < limit && text[i] != "(") {
      var j = i
      while j < limit, text[j] != "(", !isDash(text, j) { j += 1 }
      let raw = text.string(i, j).trimmingSpaces()
      // A long run before the dash is a sentence ("US President … six-month …"), not a date.
      guard raw.count <= 20 else { return nil }
      if !raw.isEmpty { date = raw }
      i = j
    }
    while i < limit, text[i] == " " { i += 1 }
    var source: String?
    if i < limit, text[i] == "(" {
      var j = i + 1
      while j < limit, text[j] != ")" { j += 1 }
      guard j < limit else { return nil }
      source = text.string(i + 1, j)
      i = j + 1
    }
    while i < limit, text[i] == " " { i += 1 }
    guard i < limit, isDash(text, i) else { return nil }
    let place = text.string(start, placeEnd)
    guard !place.isEmpty, place.count <= 60 else { return nil }
    return Dateline(place: place, source: source, date: date, start: start, end: i + 1)
  }

  /// "(Reuters) – …": an agency in brackets and a dash, with no place.
  /// "Port Ellis (Island Wire) –", "Cedar Bay, Veloria (Coast Wire) —": a place in
  /// title case counts only with its agency in brackets, since a sentence
  /// may open with a name and a dash.
  private static func titleCasePlace(_ text: ScalarText, at start: Int, limit: Int) -> Dateline? {
    var i = start
    var words = 0
    while i < limit, words < 5, text[i].isUpperLike {
      words += 1
      while i < limit, text[i].isLetterLike || text[i] == "." || text[i] == "-" || text[i] == "’" { i += 1 }
      if i < limit, text[i] == "," { i += 1 }
      guard i < limit, text[i] == " " else { return nil }
      i += 1
    }
    guard words > 0, i < limit, text[i] == "(" else { return nil }
    var j = i + 1
    while j < limit, j - i <= 30, text[j] != ")" { j += 1 }
    guard j < limit, text[j] == ")", j > i + 1, text[i + 1].isUpperLike else { return nil }
    var k = j + 1
    while k < limit, text[k] == " " { k += 1 }
    guard k < limit, isDash(text, k) else { return nil }
    var placeEnd = i
    while placeEnd > start, " ,".unicodeScalars.contains(text[placeEnd - 1]) { placeEnd -= 1 }
    return Dateline(
      place: text.string(start, placeEnd), source: text.string(i + 1, j), date: nil, start: start, end: k + 1)
  }

  private static func agencyOnly(_ text: ScalarText, at start: Int, limit: Int) -> Dateline? {
    var j = start + 1
    while j < limit, text[j] != ")" { j += 1 }
    guard j < limit, j - start <= 40 else { return nil }
    var i = j + 1
    while i < limit, text[i] == " " { i += 1 }
    guard i < limit, isDash(text, i) else { return nil }
    let source = text.string(start + 1, j)
    guard let first = source.unicodeScalars.first, first.isUpperLike else { return nil }
    return Dateline(place: nil, source: source, date: nil, start: start, end: i + 1)
  }

  /// Whether the scalar at `i` is the dash that closes a dateline. A hyphen
  /// between two words ("Secretary-General") is not.
  static func isDash(_ text: ScalarText, _ i: Int) -> Bool {
    let c = text[i]
    if c == "–" || c == "—" { return true }
    guard c == "-" else { return false }
    return (i > 0 && text[i - 1].isSpaceLike) || (i + 1 < text.count && text[i + 1].isSpaceLike)
  }
}

extension String {
  func trimmingSpaces() -> String {
    var s = Substring(self)
    while let f = s.unicodeScalars.first, f.isSpaceLike || f == "," { s = s.dropFirst() }
    while let l = s.unicodeScalars.last, l.isSpaceLike || l == "," { s = s.dropLast() }
    return String(s)
  }
}
