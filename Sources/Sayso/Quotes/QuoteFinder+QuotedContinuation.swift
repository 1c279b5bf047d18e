extension QuoteFinder {
  /// "“It’s a circus,” she says. It is “a new kind of spectacle.”": quoted
  /// words in the sentence right after a direct quotation, in a sentence with
  /// no verb of saying of its own, go on in the same speaker's words, as a
  /// mixed continuation under the same cue (evidence `mixed.continuation`).
  ///
  /// A word or two in quotation marks is more often the writer's scare quote
  /// than the speaker's; only three words or more count.
  mutating func continueWithQuotedWords() {
    var bySentence: [Int: Int] = [:]
    for (i, att) in attributions.enumerated() where att.kind == .direct && att.parent == nil {
      if let cue = att.cue { bySentence[a.sentenceOf[cue.lowerBound]] = i }
    }
    guard !bySentence.isEmpty else { return }
    let covered = coveredTokens()
    for (qi, q) in a.quotes.enumerated() where q.level == .double && q.hasOpener && q.hasCloser {
      let sentence = a.sentenceOf[q.first]
      guard byQuote[qi] == nil, sentence > 0, let previous = bySentence[sentence - 1],
        a.sentenceOf[q.last] == sentence,
        a.sentences[sentence - 1].paragraph == a.sentences[sentence].paragraph,
        !(q.first...q.last).contains(where: { covered[$0] }),
        q.innerTokens.filter({ a.tokens[$0].kind == .word }).count >= 3, !isWorkTitle(qi), !isTitleCased(qi)
      else { continue }
      let s = a.sentences[sentence].tokens
      guard !s.contains(where: { !a.isQuoted($0) && a.cue(at: $0) != nil }) else { continue }
      var att = attributions[previous]
      att.kind = .mixed
      att.content = q.pieces
      att.quote = qi
      att.evidence = "mixed.continuation"
      att.inheritsFrom = previous
      att.anchor = s.lowerBound
      record(att)
    }
  }

  /// For each token, whether some attribution's content holds it; marked by
  /// a walk over each span, so that the cost stays linear in the text.
  func coveredTokens() -> [Bool] {
    var covered = [Bool](repeating: false, count: a.tokens.count)
    for att in attributions {
      for span in att.content {
        var lo = a.firstToken(endingAfter: span.start)
        while lo < a.tokens.count, a.tokens[lo].start < span.end {
          covered[lo] = true
          lo += 1
        }
      }
    }
    return covered
  }
}
