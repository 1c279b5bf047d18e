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
      var listed: WordClass? = nil
      if kind == .word || kind == .number {
        (lower, listed) = lowercased(s, start, i)
      } else {
        lower = String(mark)
      }
      tokens.append(
        Token(
          start: start, end: i, kind: kind, lower: lower, first: mark,
          isCapitalized: c.isUpperLike, newlinesBefore: newlines, spaceBefore: space,
          paragraph: paragraph, classes: kind == .word ? wordClasses(lower, listed, s, start, i) : []))
      newlines = 0
      space = false
    }
    return tokens
  }

  /// The lexicon classes of a word; `listed` is the look-up already made
  /// while lower-casing an ASCII word.
  static func wordClasses(_ lower: String, _ listed: WordClass?, _ s: [Unicode.Scalar], _ start: Int, _ end: Int)
    -> WordClass
  {
    var classes = listed ?? Lexicon.classes(of: lower)
    if end - start > 2, s[end - 1] == "s" || s[end - 1] == "S", s[end - 2].isApostropheLike {
      classes.insert(.possessive)
      // "Republic’s" is on the lists that "Republic" is on.
      classes.formUnion(Lexicon.classes(of: String(lower.unicodeScalars.dropLast(2))))
    }
    if end - start > 3, s[start + 2].isHyphenLike || (end - start > 4 && s[start + 3].isHyphenLike) {
      let particle = lower.prefix { $0 != "-" && $0 != "‐" && $0 != "‑" }
      if Lexicon.nameParticles.contains(String(particle)), s[start + particle.unicodeScalars.count + 1].isUpperLike {
        classes.insert(.particleName)
      }
    }
    if end - start > 2, s[end - 1] == "." { classes.insert(.initialism) }
    return classes
  }

  /// The lower-cased word, and for an ASCII word its lexicon classes: ASCII
  /// words are written byte by byte, several times faster than
  /// `String.lowercased()`, and looked up from those bytes.
  static func lowercased(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> (String, WordClass?) {
    var ascii = true
    for k in start..<end where s[k].value >= 0x80 {
      ascii = false
      break
    }
    if ascii {
      var classes: WordClass = []
      let word = String(unsafeUninitializedCapacity: end - start) { buffer in
        for k in start..<end {
          let v = UInt8(truncatingIfNeeded: s[k].value)
          buffer[k - start] = v >= 0x41 && v <= 0x5A ? v + 0x20 : v
        }
        classes = Lexicon.wordClasses[bytes: UnsafeBufferPointer(rebasing: buffer[0..<(end - start)])] ?? []
        return end - start
      }
      return (word, classes)
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: s[start..<end])
    return (String(view).lowercased(), nil)
  }

  /// The double mark that two single marks stand for: `''` is a straight
  /// double quote, ``` `` ``` an opening one.
  static func doubledMark(_ s: [Unicode.Scalar], _ i: Int) -> Unicode.Scalar? {
    guard i + 1 < s.count, s[i] == s[i + 1] else { return nil }
    // "the word 'old-school,''' said": after a word, three marks close the
    // single quotation first and the double one after it.
    if s[i] == "'", i + 2 < s.count, s[i + 2] == "'", i > 0, !s[i - 1].isSpaceLike { return nil }
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
    // Initialisms: "U.S.", "D.C.", "e.g." keep their dots, the last one too;
    // so does one after a hyphen, as in a party and state tag: "(D-N.Y.)".
    let lastLetter = i - begin == 1 || (i - begin > 2 && s[i - 2].isHyphenLike)
    if lastLetter, s[i - 1].isLetterLike {
      var j = i
      while j + 2 < n, s[j] == ".", s[j + 1].isLetterLike, s[j + 2] == "." {
        j += 2
      }
      if j > i { i = j + 1 }
    }
    return i
  }
}
