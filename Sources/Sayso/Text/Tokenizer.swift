/// Splits text into ``Token``s in one pass over its scalars.
///
/// Words keep inner apostrophes ("Iran’s", "don’t"), inner hyphens
/// ("al-Assad") and initialism dots ("U.S."); decade forms like "’90s" are
/// words too, so that only real quotation marks reach the quote pairer.
enum Tokenizer {
  static func tokenize(_ text: ScalarText) -> [Token] {
    let s = text.scalars
    let n = s.count
    var tokens: [Token] = []
    tokens.reserveCapacity(n / 5)
    var i = 0
    var newlines = 0
    var space = true
    var paragraph = 0
    while i < n {
      let c = s[i]
      if c.isSpaceLike {
        if c.isNewline && !(c.value == 0x0A && i > 0 && s[i - 1].value == 0x0D) { newlines += 1 }
        space = true
        i += 1
        continue
      }
      if newlines > 0 && !tokens.isEmpty { paragraph += 1 }
      let start = i
      var kind: Token.Kind
      var mark = c
      if let doubled = doubledMark(s, i) {
        // '' and `` stand for double quotation marks in some newsroom styles.
        mark = doubled
        i += 2
        kind = .quote
      } else if c.isWordChar || isDecadeApostrophe(s, i) {
        i = wordEnd(s, i)
        kind = c.isDigitLike ? .number : .word
      } else {
        i += 1
        kind = QuoteMarkKind(c) != nil ? .quote : .punct
      }
      let lower: String
      if kind == .word || kind == .number {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[start..<i])
        lower = String(view).lowercased()
      } else {
        lower = String(mark)
      }
      tokens.append(
        Token(
          start: start, end: i, kind: kind, lower: lower, first: mark,
          isCapitalized: c.isUpperLike, newlinesBefore: newlines, spaceBefore: space,
          paragraph: paragraph))
      newlines = 0
      space = false
    }
    return tokens
  }

  /// The double mark that two single marks stand for: `''` is a straight
  /// double quote, ``` `` ``` an opening one.
  static func doubledMark(_ s: [Unicode.Scalar], _ i: Int) -> Unicode.Scalar? {
    guard i + 1 < s.count, s[i] == s[i + 1] else { return nil }
    switch s[i] {
    case "'": return "\""
    case "`": return "“"
    default: return nil
    }
  }

  /// `’90s`, `'08`: an apostrophe that stands for dropped digits.
  static func isDecadeApostrophe(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    guard s[i].isApostropheLike, i + 2 < s.count, s[i + 1].isDigitLike, s[i + 2].isDigitLike
    else { return false }
    return i + 3 >= s.count || !s[i + 3].isDigitLike
  }

  private static func wordEnd(_ s: [Unicode.Scalar], _ begin: Int) -> Int {
    let n = s.count
    var i = begin + 1
    while i < n {
      let c = s[i]
      if c.isWordChar {
        i += 1
        continue
      }
      guard i + 1 < n else { break }
      let next = s[i + 1]
      if c.isApostropheLike, next.isLetterLike, s[i - 1].isLetterLike {
        i += 1
      } else if c.isHyphenLike, next.isWordChar {
        i += 1
      } else if c == "," || c == ".", next.isDigitLike, s[i - 1].isDigitLike {
        i += 1
      } else {
        break
      }
    }
    // Initialisms: "U.S.", "D.C.", "e.g." keep their dots, the last one too.
    if i - begin == 1, s[begin].isLetterLike {
      var j = i
      while j + 2 < n, s[j] == ".", s[j + 1].isLetterLike, s[j + 2] == "." {
        j += 2
      }
      if j > i { i = j + 1 }
    }
    return i
  }
}
