extension QuoteFinder {
  /// "Okafor responded by saying …", "before insisting …", "after repeatedly
  /// dismissing them as …": a verb of saying in "-ing" after a preposition
  /// reports for the sentence's subject (evidence `indirect.participle`).
  func prepositionalParticiple(_ cue: (range: Range<Int>, entry: CueEntry), sentence index: Int) -> Attribution? {
    let c = cue.range.lowerBound
    let s = a.sentences[index].tokens
    guard a.tokens[c].lower.hasSuffix("ing"), cue.entry.frame != .belief else { return nil }
    var p = c - 1
    while p > s.lowerBound, a.tokens[p].kind == .word, a.tokens[p].lower.hasSuffix("ly") { p -= 1 }
    guard p > s.lowerBound, a.tokens[p].kind == .word, Self.participleLinks.contains(a.tokens[p].lower),
      let speaker = subject(ofSentence: index, before: p), speaker.tokens.upperBound <= p
    else { return nil }
    return content(after: cue, sentence: s, speaker: speaker, evidence: "indirect.participle")
  }

  static let participleLinks: WordSet = ["by", "before", "after", "while", "without", "when", "since"]

  /// "As Ana Ruiz observed, the stage itself won": a report opened by "as"
  /// whose content is the clause after the comma (evidence `indirect.as-speaker`).
  func asSpeaker(
    _ cue: (range: Range<Int>, entry: CueEntry), speaker: SpeakerMention, sentence s: Range<Int>
  ) -> Attribution? {
    let start = speaker.tokens.lowerBound
    let after = cue.range.upperBound
    guard start > s.lowerBound, a.tokens[start - 1].lower == "as", cue.entry.frame != .object,
      after + 1 < s.upperBound, a.tokens[after].isPunct(","), !a.isQuoted(after + 1)
    else { return nil }
    // "as" must open its clause: the sentence start, after a comma or a conjunction.
    let before = start - 2
    guard
      before < s.lowerBound || a.tokens[before].isPunct(",") || ["but", "and", "yet"].contains(a.tokens[before].lower)
    else { return nil }
    let end = contentEnd(from: after + 1, sentence: s)
    guard end - (after + 1) >= 3 else { return nil }
    return makeReported([(after + 1)..<end], cue: cue, speaker: speaker, evidence: "indirect.as-speaker")
  }
}

extension QuoteFinder {
  /// "The union issued a statement Wednesday saying the strike would go on":
  /// a participle after a written message reports what the message says, and
  /// the one who sent it is the sentence's subject.
  func statementParticiple(_ cue: (range: Range<Int>, entry: CueEntry), sentence index: Int) -> Attribution? {
    let s = a.sentences[index].tokens
    let c = cue.range.lowerBound
    // "condemning “a reckless decision”": a verb that takes its content as
    // an object is kept only when that object quotes the message.
    guard a.tokens[c].lower.hasSuffix("ing"), cue.entry.frame != .belief else { return nil }
    var j = c - 1
    // "a statement on Thursday night saying …".
    while j > s.lowerBound,
      a.tokens[j].classes.contains(.timeWords)
        || (a.tokens[j].lower == "on" && a.tokens[j + 1].classes.contains(.timeWords))
    {
      j -= 1
    }
    guard j > s.lowerBound, Self.messageNouns.contains(a.tokens[j].lower),
      let speaker = subject(ofSentence: index, before: j), speaker.tokens.upperBound < j
    else { return nil }
    let found = content(after: cue, sentence: s, speaker: speaker, evidence: "indirect.message-participle")
    // ("ads praising the senator" is what the ads do, not what they say.)
    return cue.entry.frame == .object && found?.kind == .indirect ? nil : found
  }

  /// Where the sender's phrase ends before a message at `k`: before the verb
  /// that sent it, its particle and an adverb ("The guild quickly sent out a
  /// memo"), so that a head noun the lexicon lacks is not read past.
  func senderEnd(beforeMessage k: Int) -> Int {
    let floor = a.sentenceStart(of: k)
    var j = k
    if j - 1 > floor, ["out", "off", "up"].contains(a.tokens[j - 1].lower) { j -= 1 }
    guard j - 1 > floor, a.tokens[j - 1].kind == .word, !a.tokens[j - 1].isCapitalized,
      a.tokens[j - 1].classes.isDisjoint(with: [.determiners, .functionWords, .pronouns, .prepositions])
    else { return k }
    j -= 1
    while j - 1 > floor, a.tokens[j - 1].kind == .word, !a.tokens[j - 1].isCapitalized,
      a.tokens[j - 1].lower.hasSuffix("ly") || a.tokens[j - 1].classes.contains(.eventAuxiliary)
    {
      j -= 1
    }
    return j
  }

  static let messageNouns: WordSet = [
    "statement", "statements", "letter", "letters", "tweet", "tweets", "post", "posts", "email", "emails",
    "memo", "message", "messages", "note", "release", "ad", "ads", "advertisement", "video", "op-ed", "column",
    "editorial", "report", "petition", "resolution", "complaint", "lawsuit", "filing", "motion", "brief",
  ]
}

extension QuoteFinder {
  /// "…, Okafor said Tuesday, adding …" and "…, said Okafor, adding …": the
  /// speaker of the attribution that closes right before the comma at `comma`,
  /// to whom a participle after it belongs.
  func closingAttributionSpeaker(beforeComma comma: Int, floor: Int) -> SpeakerMention? {
    guard comma - 2 >= floor, a.tokens[comma].isPunct(",") else { return nil }
    var v = comma - 1
    while v > floor, a.tokens[v].classes.contains(.timeWords) { v -= 1 }
    // "…, Okafor said, adding …" and "… “safety record,” Okafor said, adding …".
    if let cue = a.cue(at: v), cue.entry.closesQuote, cue.range.upperBound >= comma - 1 || v < comma - 1,
      let speaker = a.speaker(before: v, floor: floor), speaker.tokens.lowerBound > floor + 1,
      a.tokens[speaker.tokens.lowerBound - 1].isPunct(",")
        || (a.tokens[speaker.tokens.lowerBound - 1].kind == .quote
          && a.tokens[speaker.tokens.lowerBound - 2].isPunct(","))
    {
      return speaker
    }
    // "…, said Ana Ruiz, adding …" and "“…,” said Ana Ruiz of the union, adding …".
    for c in stride(from: comma - 2, through: max(floor, comma - 12), by: -1) {
      guard let cue = a.cue(at: c), cue.entry.closesQuote, c > floor,
        a.tokens[c - 1].isPunct(",") || (a.tokens[c - 1].kind == .quote && a.isQuoted(c - 1))
      else {
        continue
      }
      if let speaker = a.speaker(after: cue.range.upperBound, ceiling: comma),
        speaker.appositive?.upperBound == comma || isSpeakerTail(speaker.tokens.upperBound..<comma)
      {
        return speaker
      }
      return nil
    }
    return nil
  }

  /// What may stand between a speaker named after the cue and the comma
  /// before "adding …": nothing, a party tag ("(D-Va.)"), an affiliation
  /// ("of the union"), and phrases of time or means ("at the time", "on
  /// Monday", "in a statement"), in that order.
  private func isSpeakerTail(_ range: Range<Int>) -> Bool {
    var k = range.lowerBound
    let end = range.upperBound
    if k < end, a.tokens[k].isPunct("("),
      let close = (k + 1..<min(end, k + 8)).first(where: { a.tokens[$0].isPunct(")") })
    {
      k = close + 1
    }
    for split in k...end
    where split == k || split == end || Self.timeOrMeansPrepositions.contains(a.tokens[split].lower) {
      guard split == k || isAffiliation(k..<split) else { continue }
      var p = split
      while p < end, Self.timeOrMeansPrepositions.contains(a.tokens[p].lower) {
        if p + 3 <= end, a.tokens[p].lower == "at", a.tokens[p + 1].lower == "the", a.tokens[p + 2].lower == "time" {
          p += 3
        } else if let next = adjunctHeadEnd(after: p, ceiling: end) {
          p = next
        } else {
          break
        }
      }
      if p == end { return true }
    }
    return false
  }

  /// "of the shipbuilders' union", "at Lagos University": where a speaker
  /// named before a comma works.
  private func isAffiliation(_ range: Range<Int>) -> Bool {
    guard range.count >= 2, range.count <= 7, ["of", "at", "from", "with"].contains(a.tokens[range.lowerBound].lower)
    else { return false }
    return range.dropFirst().allSatisfy { k in
      let t = a.tokens[k]
      // "the pilots' guild": a plural's apostrophe glued to its word.
      if t.kind == .quote { return !t.spaceBefore && a.tokens[k - 1].kind == .word }
      return (t.kind == .word || t.kind == .number) && !a.isQuoted(k) && a.cue(at: k) == nil
        && t.classes.isDisjoint(with: [.pronouns, .eventAuxiliary])
    }
  }
}
