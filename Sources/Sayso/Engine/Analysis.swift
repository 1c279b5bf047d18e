/// The shared, read-only view of one article that every rule works on: its
/// scalars, tokens, sentences and paired quotation marks, with look-ups from
/// a token to the sentence and quotation that hold it.
///
/// A class, not a struct: every rule keeps a reference, and copying a value
/// with a dozen arrays costs a dozen reference counts each time.
final class Analysis: Sendable {
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

  /// Token indices of the headline, when the text opens with one.
  let headline: Range<Int>?

  init(text: ScalarText, tokens: [Token], headline span: TextSpan? = nil) {
    self.text = text
    self.tokens = tokens
    if let span {
      let first = tokens.firstIndex { $0.start >= span.start } ?? 0
      var last = first
      while last < tokens.count, tokens[last].end <= span.end { last += 1 }
      headline = last > first ? first..<last : nil
    } else {
      headline = nil
    }
    sentences = SentenceSplitter.split(tokens)
    var sentenceOf = [Int](repeating: 0, count: tokens.count)
    for (index, sentence) in sentences.enumerated() {
      for k in sentence.tokens { sentenceOf[k] = index }
    }
    self.sentenceOf = sentenceOf
    let paired = QuotePairer.pair(tokens, headline: headline)
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
  /// capitalised opener ("Asked", "Despite") is not a name. Only words whose
  /// first letter and length match an opener are hashed.
  private static func commonWords(_ tokens: [Token], _ sentences: [Sentence]) -> Set<String> {
    // Openers are bucketed by first letter and length, and compared with
    // `==` inside a bucket: most words fall in an empty bucket, and the rest
    // meet one or two openers, which is cheaper than hashing every word.
    var buckets = [[String]](repeating: [], count: 27 * 32)
    func shape(_ t: Token) -> Int? {
      let v = t.first.value | 0x20
      guard v >= 0x61, v <= 0x7A, t.end - t.start < 32 else { return nil }
      return Int(v - 0x61) * 32 + (t.end - t.start)
    }
    var any = false
    for sentence in sentences {
      for k in sentence.tokens.prefix(2) where tokens[k].kind == .word && tokens[k].isCapitalized {
        if let s = shape(tokens[k]), !buckets[s].contains(tokens[k].lower) {
          buckets[s].append(tokens[k].lower)
          any = true
        }
      }
    }
    var common = Set<String>()
    guard any else { return common }
    for k in tokens.indices where tokens[k].kind == .word && !tokens[k].isCapitalized {
      guard let s = shape(tokens[k]), !buckets[s].isEmpty else { continue }
      let lower = tokens[k].lower
      if buckets[s].contains(lower) { common.insert(lower) }
    }
    // "small businesses" and "Marty Small": a word that ends a given name's
    // run is a surname, and opens a sentence as one ("Small, who …, said").
    guard !common.isEmpty else { return common }
    for k in tokens.indices.dropFirst() where tokens[k].kind == .word && tokens[k].isCapitalized {
      let given = tokens[k - 1]
      guard given.kind == .word, given.isCapitalized, common.contains(tokens[k].lower),
        k + 1 == tokens.count || !tokens[k + 1].isCapitalized || tokens[k + 1].kind != .word,
        Lexicon.maleFirstNames.contains(given.lower) || Lexicon.femaleFirstNames.contains(given.lower)
      else { continue }
      common.remove(tokens[k].lower)
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
