extension QuoteFinder {
  /// "According to X, CONTENT." / "CONTENT, according to X."
  func accordingTo(_ cue: (range: Range<Int>, entry: CueEntry), sentence s: Range<Int>) -> Attribution? {
    let c = cue.range.lowerBound
    let named = a.speaker(after: cue.range.upperBound, ceiling: s.upperBound)
    guard var speaker = named ?? source(after: cue.range.upperBound, s) else { return nil }
    // "According to Ana Ruiz, the port …": what follows the comma is content,
    // not an appositive, unless another comma closes it.
    // "According to two officials, the consortium, led by …, agreed": after a
    // source that is no name, a phrase followed by a verb with no subject of
    // its own is the content's subject.
    if let appositive = speaker.appositive,
      appositive.upperBound + 1 >= s.upperBound || a.tokens[appositive.upperBound].first != ","
        || (speaker.kind != .name && startsPredicate(appositive.upperBound + 1))
    {
      speaker.appositive = nil
    }
    // "…, according to X" and "…,” according to X", the comma inside the mark.
    let commaInside =
      c - 1 > s.lowerBound && a.tokens[c - 1].kind == .quote && a.tokens[c - 2].isPunct(",")
      && a.doubleQuoteOf[c - 1].map { a.quotes[$0].last == c - 1 } == true
    if c > s.lowerBound, a.tokens[c - 1].isPunct(",") || commaInside {
      let end = commaInside ? c : c - 1
      var start = s.lowerBound
      while start < end, a.tokens[start].kind == .punct { start += 1 }
      var pieces = [start..<end]
      // "Ridership, according to the operator, has doubled": the sentence
      // goes on after the source, and the rest is what the source says too.
      let after = speaker.appositive?.upperBound ?? speaker.tokens.upperBound
      if after + 1 < s.upperBound, a.tokens[after].isPunct(","), !a.isQuoted(after) {
        let rest = contentEnd(from: after + 1, sentence: s)
        let opener = a.tokens[after + 1]
        if rest - (after + 1) >= 3, !isDescribingPhrase((after + 1)..<rest),
          !Self.appendageOpeners.contains(opener.lower), !opener.lower.hasSuffix("ing")
        {
          pieces.append((after + 1)..<rest)
        }
      }
      guard pieces.reduce(0, { $0 + $1.count }) >= 3 else { return nil }
      return makeReported(pieces, cue: cue, speaker: speaker, evidence: "indirect.according-to")
    }
    // "Okafor leads by 40 votes according to a count by the Harbour Times.":
    // a source that ends the sentence, with no comma before it. A named
    // speaker or a record ("a count", "the latest figures") only: "acted
    // according to the rules" follows rules, it reports nothing.
    let sourceEnd = speaker.appositive?.upperBound ?? speaker.tokens.upperBound
    if c > s.lowerBound + 2, sourceEnd < s.upperBound, a.isTerminal(sourceEnd) || sourceEnd + 1 == s.upperBound,
      isRecordSource(speaker) || named.map(isKnownSource) == true,
      a.tokens[c - 1].kind == .word || a.tokens[c - 1].kind == .number
    {
      var start = s.lowerBound
      while start < c, a.tokens[start].kind == .punct { start += 1 }
      guard c - start >= 3 else { return nil }
      return makeReported([start..<c], cue: cue, speaker: speaker, evidence: "indirect.according-to")
    }
    // "According to a spokesman, Pieter Mensah, the port …": the name is the source.
    if speaker.kind != .name, speaker.appositive == nil, let named = namedAfterDescription(speaker, s) {
      speaker = named
    }
    var k = max(speaker.appositive?.upperBound ?? 0, speaker.tokens.upperBound)
    while k < s.upperBound, a.tokens[k].first != "," || a.tokens[k].kind != .punct, k - c < 25 { k += 1 }
    guard k + 1 < s.upperBound, a.tokens[k].first == "," else { return nil }
    let end = contentEnd(from: k + 1, sentence: s)
    guard end - (k + 1) >= 3 else { return nil }
    return makeReported([(k + 1)..<end], cue: cue, speaker: speaker, evidence: "indirect.according-to")
  }

  /// Whether a lower-case word that opens no noun phrase stands at `k`: "led
  /// by …", "agreed to …".
  private func startsPredicate(_ k: Int) -> Bool {
    let t = a.tokens[k]
    return t.kind == .word && !t.isCapitalized && t.classes.isDisjoint(with: [.determiners, .pronouns])
  }

  /// "a spokesman, Pieter Mensah,": the name set off by commas right after a
  /// description, with the description as its appositive.
  private func namedAfterDescription(_ m: SpeakerMention, _ s: Range<Int>) -> SpeakerMention? {
    let comma = m.tokens.upperBound
    // ("According to the summary, Lena Obi, …": a document names no one.)
    guard m.kind == .description, comma + 1 < s.upperBound, a.tokens[comma].isPunct(","),
      !a.tokens[comma - 1].classes.isDisjoint(with: [.personNouns, .titles]),
      var name = a.reader.mention(startingAt: comma + 1, ceiling: s.upperBound), name.kind == .name,
      name.tokens.upperBound + 1 < s.upperBound, a.tokens[name.tokens.upperBound].isPunct(",")
    else { return nil }
    name.appositive = m.tokens
    return name
  }

  /// A person, a body, or people the lexicon knows as sources ("officials"),
  /// not any plural ("the rules").
  func isKnownSource(_ m: SpeakerMention) -> Bool {
    switch m.kind {
    case .name, .organisation, .description: return true
    case .group: return m.tokens.last.map { Lexicon.groupNouns.contains(a.tokens[$0].lower) } ?? false
    case .pronoun: return false
    }
  }

  /// Whether a source is a record that reports: "a count by the Harbour
  /// Times", "the latest figures", "a new poll".
  func isRecordSource(_ m: SpeakerMention) -> Bool {
    m.tokens.prefix(4).contains { Self.recordNouns.contains(a.tokens[$0].lower) }
  }

  /// The source named after "according to" when it is no known kind of
  /// speaker ("according to early returns"): the words up to punctuation.
  func source(after position: Int, _ s: Range<Int>) -> SpeakerMention? {
    var k = position
    while k < s.upperBound, k - position < 8, a.tokens[k].kind == .word || a.tokens[k].kind == .number { k += 1 }
    guard k > position else { return nil }
    return SpeakerMention(kind: .group, tokens: position..<k)
  }

  /// "“The berths belong to local crews,” Okafor said, according to a
  /// Harbour Times account.": the source after "according to" reports the whole
  /// sentence, attribution and all, so the report inside it is nested in
  /// that source's report.
  mutating func nestUnderTrailingAccordingTo() {
    var bySentence: [Int: [Int]] = [:]
    for (i, att) in attributions.enumerated() {
      guard let cue = att.cue else { continue }
      bySentence[a.sentenceOf[cue.lowerBound], default: []].append(i)
    }
    for (i, outer) in attributions.enumerated() {
      guard outer.evidence == "indirect.according-to", outer.parent == nil, let cue = outer.cue,
        let span = outer.content.first, span.end <= a.tokens[cue.lowerBound].start
      else { continue }
      for j in bySentence[a.sentenceOf[cue.lowerBound]] ?? [] where j != i && attributions[j].parent == nil {
        guard let inner = attributions[j].cue else { continue }
        let start = a.tokens[inner.lowerBound].start
        if span.start <= start, start < span.end { attributions[j].parent = i }
      }
    }
  }
}
