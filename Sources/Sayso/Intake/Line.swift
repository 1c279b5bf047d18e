/// One line of the input, with its trimmed bounds in code points.
struct Line: Sendable {
  /// First non-space code point.
  var start: Int
  /// One past the last non-space code point.
  var end: Int
  var isBlank: Bool { end <= start }

  /// Splits text into lines, trimming spaces at both ends of each.
  static func lines(_ text: ScalarText) -> [Line] {
    var result: [Line] = []
    var lineStart = 0
    let s = text.scalars
    func add(_ from: Int, _ to: Int) {
      var a = from
      var b = to
      while a < b, s[a].isSpaceLike { a += 1 }
      while b > a, s[b - 1].isSpaceLike { b -= 1 }
      result.append(Line(start: a, end: b))
    }
    for i in 0..<s.count where s[i] == "\n" {
      add(lineStart, i)
      lineStart = i + 1
    }
    add(lineStart, s.count)
    return result
  }
}
