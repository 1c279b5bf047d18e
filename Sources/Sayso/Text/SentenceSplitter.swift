/// Splits tokens into sentences at terminal punctuation and paragraph breaks.
///
/// A full stop after a known abbreviation ("Sen.", "Jan.") or an initial
/// ("George W. Bush") does not end a sentence, nor does one inside a name or
/// number ("ID.4", "example.com"); closing quotation marks and
/// brackets after the terminal stay with the sentence they close.
enum SentenceSplitter {
  /// Tokens after which a sentence ends at its next comma or semicolon.
  static let softLimit = 200
  /// Tokens after which a sentence ends wherever it is.
  static let hardLimit = 400

  static func split(_ tokens: [Token]) -> [Sentence] {
    var sentences: [Sentence] = []
    var begin = 0
    var k = 0
    let n = tokens.count
    while k < n {
      let t = tokens[k]
      if k > begin && t.paragraph != tokens[k - 1].paragraph {
        sentences.append(Sentence(tokens: begin..<k, paragraph: tokens[begin].paragraph))
        begin = k
      }
      // A run this long is a list, a table or text without full stops, not a
      // sentence: it is cut at a comma or semicolon, or at the hard limit, so
      // that rules reading to the sentence end stay linear.
      if k - begin >= softLimit, t.isPunct(",") || t.isPunct(";") || k - begin >= hardLimit {
        sentences.append(Sentence(tokens: begin..<(k + 1), paragraph: tokens[begin].paragraph))
        begin = k + 1
        k += 1
        continue
      }
      if isTerminal(tokens, k) {
        var end = k + 1
        while end < n, tokens[end].paragraph == t.paragraph, !tokens[end].spaceBefore,
          tokens[end].kind == .quote || tokens[end].first == ")"
        {
          end += 1
        }
        let attributed = end > k + 1 && end < n && t.first != "." && namesSpeaker(tokens, from: end)
        if !attributed && (end >= n || startsSentence(tokens[end]) || tokens[end].paragraph != t.paragraph) {
          sentences.append(Sentence(tokens: begin..<end, paragraph: tokens[begin].paragraph))
          begin = end
          k = end
          continue
        }
      }
      k += 1
    }
    if begin < n { sentences.append(Sentence(tokens: begin..<n, paragraph: tokens[begin].paragraph)) }
    return sentences
  }

  private static func isTerminal(_ tokens: [Token], _ k: Int) -> Bool {
    let t = tokens[k]
    if t.classes.contains(.initialism) {
      // "U.S." may end a sentence when a new one clearly starts after it:
      // with an opening word, or with a quotation ("… in Dover, N.J.
      // “We will …”").
      guard k + 1 < tokens.count else { return false }
      let next = tokens[k + 1]
      if next.classes.contains(.sentenceStarters) { return true }
      return next.kind == .quote && next.spaceBefore && k + 2 < tokens.count && !tokens[k + 2].spaceBefore
        && tokens[k + 2].isCapitalized
    }
    guard t.kind == .punct else { return false }
    switch t.first {
    case "!", "?", "…": return true
    case ".":
      guard k > 0 else { return true }
      let prev = tokens[k - 1]
      if prev.end != t.start { return true }
      // "ID.4", "Node.js", "example.com": a full stop inside a name or number,
      // with no space after it. (A capital right after it, "said.The", is a
      // missing space and still ends the sentence.)
      if k + 1 < tokens.count, tokens[k + 1].start == t.end {
        let next = tokens[k + 1]
        if next.kind == .number || (next.kind == .word && !next.isCapitalized) { return false }
      }
      if prev.kind == .word {
        if prev.classes.contains(.abbreviations) { return false }
        // "then-Sen.", "ex-Gov.": a title after a hyphen keeps its full stop too.
        if let dash = prev.lower.lastIndex(of: "-"),
          Lexicon.abbreviations.contains(String(prev.lower[prev.lower.index(after: dash)...]))
        {
          return false
        }
        if prev.lower.unicodeScalars.count == 1 && prev.isCapitalized { return false }
      }
      return true
    default: return false
    }
  }

  /// "“Is it over?” Okafor asked.": after a question or exclamation closed by
  /// a quotation mark, a name and a verb of saying finish the same sentence.
  private static func namesSpeaker(_ tokens: [Token], from start: Int) -> Bool {
    var j = start
    while j < tokens.count, j - start < 5,
      (tokens[j].kind == .word && tokens[j].isCapitalized) || (tokens[j].isPunct(".") && !tokens[j].spaceBefore)
    {
      j += 1
    }
    guard j > start, j < tokens.count, tokens[j].paragraph == tokens[start].paragraph else { return false }
    return tokens[j].kind == .word && !tokens[j].isCapitalized && tokens[j].classes.contains(.cue)
  }

  private static func startsSentence(_ t: Token) -> Bool {
    switch t.kind {
    case .word: return t.isCapitalized
    case .number, .quote: return true
    case .punct: return t.first == "(" || t.first == "[" || t.first == "—" || t.first == "-"
    }
  }
}
