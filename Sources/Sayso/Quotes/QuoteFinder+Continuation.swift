extension QuoteFinder {
  /// A quotation with no cue of its own continues the current speaker: the
  /// speaker of the previous quotation in the paragraph, of a quotation that
  /// closed the previous paragraph, or the subject of the sentence leading in.
  mutating func continuation(_ qi: Int, before: Range<Int>) -> Attribution? {
    let q = a.quotes[qi]
    let paragraph = a.tokens[q.first].paragraph
    let anchor = a.sentenceStart(of: q.first)
    if let previous = attributions.indices.last, attributions[previous].kind == .direct,
      let pq = attributions[previous].quote
    {
      let prevQuote = a.quotes[pq]
      let prevParagraph = a.tokens[prevQuote.last].paragraph
      let startsParagraph = q.first == 0 || a.tokens[q.first - 1].paragraph != paragraph
      if prevParagraph == paragraph && sameSentenceRun(from: prevQuote.last, to: q.first) {
        var att = attributions[previous]
        att.content = q.pieces
        att.quote = qi
        att.evidence = "direct.continuation"
        att.inheritsFrom = previous
        att.anchor = anchor
        return att
      }
      if startsParagraph && prevParagraph == paragraph - 1 && endsWithQuote(paragraph: prevParagraph, quote: pq) {
        // The cue stays: the earlier verb is what attributes the whole run,
        // and readers (and PolNeAR) treat the paragraphs as one quotation.
        var att = attributions[previous]
        att.content = q.pieces
        att.quote = qi
        att.evidence = "direct.next-paragraph"
        att.inheritsFrom = previous
        att.anchor = anchor
        return att
      }
    }
    if let found = continuesMixed(qi, anchor: anchor) { return found }
    // The sentence before introduces the speaker: "Okafor urged caution. “…”"
    // Only a quotation that is its own sentence is theirs: "“Overbooking”
    // (selling more seats than exist) is banned" uses the word, and a line in capitals
    // is a heading.
    let sentence = a.sentenceOf[q.first]
    let rest = narrativeAfter(q.last)
    guard before.isEmpty, sentence > 0, rest.isEmpty || rest.allSatisfy({ a.tokens[$0].kind == .punct }),
      !isCapitalsLine(qi)
    else { return nil }
    let previous = a.sentences[sentence - 1]
    // A headline introduces no one: "Port Strike Ends" is no lead-in.
    let inHeadline = a.headline.map { $0.contains(previous.tokens.lowerBound) } ?? false
    // A lone word ("Pause.", a photo credit) is no clause and names no one.
    var words = 0
    for k in previous.tokens where a.tokens[k].kind == .word {
      words += 1
      if words == 2 { break }
    }
    guard previous.paragraph == paragraph || previous.paragraph == paragraph - 1, !inHeadline, words >= 2,
      !a.isQuoted(previous.tokens.lowerBound),
      let speaker = subject(ofSentence: sentence - 1)
    else { return nil }
    return Attribution(
      kind: .direct, content: q.pieces, speaker: speaker, cue: nil, cueEntry: nil,
      evidence: "direct.lead-in-subject", quote: qi, anchor: a.sentences[sentence - 1].tokens.lowerBound)
  }

  /// "The plan is a “fresh start,” Cole said. “That is what people want.”":
  /// a quotation right after a report that ended in quoted words continues it.
  private func continuesMixed(_ qi: Int, anchor: Int) -> Attribution? {
    let q = a.quotes[qi]
    guard let previous = attributions.indices.last, attributions[previous].kind == .mixed,
      attributions[previous].cue != nil, let piece = attributions[previous].content.last,
      let last = a.tokenIndex(endingAt: piece.end), last < q.first, a.tokens[last].kind == .quote,
      a.tokens[last].paragraph == a.tokens[q.first].paragraph, sameSentenceRun(from: last, to: q.first)
    else { return nil }
    var att = attributions[previous]
    att.kind = .direct
    att.content = q.pieces
    att.quote = qi
    att.evidence = "direct.continuation"
    att.inheritsFrom = previous
    att.anchor = anchor
    return att
  }

  /// Whether only the previous quotation's own attribution stands between it
  /// and this one: no narrative sentence of its own intervenes.
  private func sameSentenceRun(from last: Int, to first: Int) -> Bool {
    let attributionSentence = a.sentenceOf[min(last + 1, first - 1)]
    for k in (last + 1)..<first where !a.isQuoted(k) && a.sentenceOf[k] != attributionSentence {
      return false
    }
    return true
  }

  /// Whether a paragraph's last sentence is the given quotation or its attribution.
  private func endsWithQuote(paragraph: Int, quote: Int) -> Bool {
    let q = a.quotes[quote]
    var k = q.last + 1
    while k < a.tokens.count, a.tokens[k].paragraph == paragraph {
      if a.isTerminal(k) && k + 1 < a.tokens.count && a.tokens[k + 1].paragraph == paragraph
        && !a.isQuoted(k + 1)
      {
        return false
      }
      k += 1
    }
    return true
  }

  /// "“A,” Ruiz said. “B …" with the quotation running on into the next
  /// paragraph, where "he added" follows it: the first paragraph's piece
  /// goes on from the attribution beside it, and only the later pieces take
  /// the later cue.
  mutating func splitLeadingParagraphs() {
    for i in attributions.indices {
      let att = attributions[i]
      guard i > 0, att.kind == .direct, let qi = att.quote, let cue = att.cue, att.content.count > 1 else { continue }
      let q = a.quotes[qi]
      let previous = attributions[i - 1]
      guard cue.lowerBound > q.last, a.tokens[cue.lowerBound].paragraph != a.tokens[q.first].paragraph,
        previous.kind == .direct, let pq = previous.quote, previous.cue != nil,
        a.tokens[a.quotes[pq].last].paragraph == a.tokens[q.first].paragraph, a.quotes[pq].last < q.first,
        sameSentenceRun(from: a.quotes[pq].last, to: q.first)
      else { continue }
      var lead = previous
      lead.content = [att.content[0]]
      lead.quote = nil
      lead.evidence = "direct.continuation"
      lead.inheritsFrom = i - 1
      lead.anchor = a.sentenceStart(of: q.first)
      attributions[i].content.removeFirst()
      // Salience now counts from the piece the later cue keeps.
      if let start = a.tokenIndex(startingAt: attributions[i].content[0].start) {
        attributions[i].anchor = a.sentenceStart(of: start)
      }
      attributions.append(lead)
    }
  }

  /// Whether every letter in a quotation of two words or more is a capital.
  func isCapitalsLine(_ qi: Int) -> Bool {
    var words = 0
    for k in a.quotes[qi].innerTokens where a.tokens[k].kind == .word {
      guard a.string(k..<(k + 1)).unicodeScalars.allSatisfy({ !$0.properties.isLowercase }) else { return false }
      words += 1
    }
    return words >= 2
  }
}
