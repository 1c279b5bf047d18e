/// Turns the dates pages state into ISO 8601: machine forms such as
/// `2026-03-14T09:30:00+01:00`, `2026/03/14` or `20260314`, and written forms
/// such as `March 14, 2026`, `14 Mar 2026` or `Sat, 14 Mar 2026 09:30:00 GMT`.
///
/// ```swift
/// DateNormalizer.iso8601("Updated: Mar. 14, 2026, 9:30 a.m.")  // "2026-03-14"
/// DateNormalizer.iso8601("2026-03-14 09:30:00")                 // "2026-03-14T09:30:00"
/// ```
public enum DateNormalizer {
  static let months: [String: Int] = [
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
  ]

  /// The ISO 8601 form of `raw`, or `nil` when it holds no recognisable date.
  public static func iso8601(_ raw: String) -> String? {
    let s = raw.trimmed
    if let machine = machineDate(s) { return machine }
    return writtenDate(s)
  }

  private static func machineDate(_ s: String) -> String? {
    let b = Array(s.utf8)
    func digits(_ r: Range<Int>) -> Int? {
      guard r.upperBound <= b.count, r.allSatisfy({ b[$0] >= 48 && b[$0] <= 57 }) else { return nil }
      return r.reduce(0) { $0 * 10 + Int(b[$1] - 48) }
    }
    if b.count >= 10, let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10),
      b[4] == b[7], b[4] == 0x2D || b[4] == 0x2F || b[4] == 0x2E, valid(y, m, d)
    {
      let date = String(format2: y, m, d)
      if b.count >= 16, b[10] == 0x54 || b[10] == 0x20, digits(11..<13) != nil, b[13] == 0x3A {
        let time = String(decoding: b[11...].prefix { $0 != 0x20 }, as: UTF8.self)
        return date + "T" + time
      }
      return date
    }
    if b.count == 8, let y = digits(0..<4), let m = digits(4..<6), let d = digits(6..<8), valid(y, m, d) {
      return String(format2: y, m, d)
    }
    return nil
  }

  private static func writtenDate(_ s: String) -> String? {
    let words = s.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    guard let m = words.firstIndex(where: { months[$0] != nil }), let month = months[words[m]] else { return nil }
    func dayNumber(_ w: String) -> Int? {
      let digits = w.prefix { $0.isNumber }
      guard !digits.isEmpty, digits.count <= 2, let n = Int(digits), (1...31).contains(n) else { return nil }
      let rest = w.dropFirst(digits.count)
      return rest.isEmpty || ["st", "nd", "rd", "th"].contains(String(rest)) ? n : nil
    }
    // The day stands next to the month: "Nov. 19, 2019" or "19 November 2019";
    // a time such as "11:00" earlier in the line is not it.
    let after = m + 1 < words.count ? dayNumber(words[m + 1]) : nil
    let before = m > 0 ? dayNumber(words[m - 1]) : nil
    guard let day = after ?? before else { return nil }
    let year = words.compactMap { w -> Int? in
      guard w.count == 4, let n = Int(w), (1900...2100).contains(n) else { return nil }
      return n
    }.first
    guard let year, valid(year, month, day) else { return nil }
    return String(format2: year, month, day)
  }

  private static func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
    y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31
  }
}

extension String {
  /// `YYYY-MM-DD`.
  init(format2 y: Int, _ m: Int, _ d: Int) {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    self = "\(y)-\(two(m))-\(two(d))"
  }
}
