/// The shared, read-only view of one article that every rule works on: its
/// scalars, tokens, sentences and paired quotation marks, with look-ups from
/// a token to the sentence and quotation that hold it.
struct Analysis: Sendable {
  let text: ScalarText
  let tokens: [Token]
  let sentences: [Sentence]
  /// The sentence index of each token.
  let sentenceOf: [Int]
  /// Double- and single-quoted spans, in text order.
  let quotes: [QuoteSpan]
  /// For each token, the index in `quotes` of the innermost double-quoted span
  /// holding it, marks included.
  let doubleQuoteOf: [Int?]
  let reader: NounPhraseReader
  let warnings: [String]

  init(text: ScalarText, tokens: [Token]) {
    self.text = text
    self.tokens = tokens
    sentences = SentenceSplitter.split(tokens)
    var sentenceOf = [Int](repeating: 0, count: tokens.count)
    for (index, sentence) in sentences.enumerated() {
      for k in sentence.tokens { sentenceOf[k] = index }
    }
    self.sentenceOf = sentenceOf
    let paired = QuotePairer.pair(tokens)
    quotes = paired.spans
    warnings = paired.warnings
    var inside = [Int?](repeating: nil, count: tokens.count)
    for (index, q) in quotes.enumerated() where q.level == .double {
      for k in q.first...q.last { inside[k] = index }
    }
    doubleQuoteOf = inside
    reader = NounPhraseReader(tokens: tokens, commonWords: Self.commonWords(tokens, sentences))
  }

  /// Sentence openers that are seen in lower case elsewhere in the text: such a
  /// capitalised opener ("Asked", "Despite") is not a name. Only the openers
  /// are hashed, not every word.
  private static func commonWords(_ tokens: [Token], _ sentences: [Sentence]) -> Set<String> {
    var openers = Set<String>()
    for sentence in sentences {
      for k in sentence.tokens.prefix(2) where tokens[k].kind == .word && tokens[k].isCapitalized {
        openers.insert(tokens[k].lower)
      }
    }
    var lengths = Set<Int>()
    for w in openers { lengths.insert(w.utf8.count) }
    var common = Set<String>()
    for t in tokens where t.kind == .word && !t.isCapitalized && lengths.contains(t.end - t.start) {
      if openers.contains(t.lower) { common.insert(t.lower) }
    }
    return common
  }

  func isQuoted(_ k: Int) -> Bool { doubleQuoteOf[k] != nil }

  func sentenceStart(of k: Int) -> Int { sentences[sentenceOf[k]].tokens.lowerBound }

  func string(_ tokens: Range<Int>) -> String {
    guard !tokens.isEmpty else { return "" }
    return text.string(self.tokens[tokens.lowerBound].start, self.tokens[tokens.upperBound - 1].end)
  }

  func span(_ tokens: Range<Int>) -> TextSpan {
    TextSpan(self.tokens[tokens.lowerBound].start, self.tokens[tokens.upperBound - 1].end)
  }

  /// Whether the token is punctuation that ends its sentence; the full stop
  /// of "Sen." or of an initial does not.
  func isTerminal(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .punct, t.first == "." || t.first == "!" || t.first == "?" || t.first == "…" else {
      return false
    }
    var j = k + 1
    while j < tokens.count, tokens[j].kind == .quote || tokens[j].first == ")", sentenceOf[j] == sentenceOf[k] {
      j += 1
    }
    return j >= tokens.count || sentenceOf[j] != sentenceOf[k]
  }
}
