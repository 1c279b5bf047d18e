extension QuoteFinder {
  /// "Berg was quoted as saying …", "The minister was quoted by state radio
  /// as saying …": the subject of the passive "quoted" is the speaker
  /// (evidence `indirect.quoted-as`); in the active, the one quoted is.
  func quotedAs(_ cue: (range: Range<Int>, entry: CueEntry), sentence index: Int) -> Attribution? {
    let c = cue.range.lowerBound
    let s = a.sentences[index].tokens
    guard a.tokens[c].lower.hasSuffix("ing"), c - 2 > s.lowerBound, a.tokens[c - 1].lower == "as" else { return nil }
    var q = c - 2
    while q > s.lowerBound, c - q <= 8, a.tokens[q].lower != "quoted" && a.tokens[q].lower != "cited" {
      guard a.tokens[q].kind == .word, !a.isQuoted(q) else { return nil }
      q -= 1
    }
    guard a.tokens[q].lower == "quoted" || a.tokens[q].lower == "cited" else { return nil }
    // The subject ends before "was", "has been", "is widely".
    var verb = q
    while verb - 1 > s.lowerBound,
      a.tokens[verb - 1].classes.contains(.eventAuxiliary)
        || a.tokens[verb - 1].classes.contains(.eventBeForm) || a.tokens[verb - 1].lower.hasSuffix("ly")
    {
      verb -= 1
    }
    // "The paper quoted the late minister as saying …": in the active the
    // one quoted stands between "quoted" and "as".
    let passive = (verb..<q).contains { a.tokens[$0].classes.contains(.eventBeForm) }
    if !passive {
      let object = (q + 1)..<(c - 1)
      guard !object.isEmpty else { return nil }
      let m = a.reader.mention(startingAt: q + 1, ceiling: c - 1)
      let speaker =
        m.flatMap { $0.tokens.upperBound == c - 1 ? $0 : nil }
        ?? (a.tokens[q + 1].classes.contains(.determiners)
          ? SpeakerMention(kind: .description, tokens: object, role: object) : nil)
      guard let speaker else { return nil }
      return content(after: cue, sentence: s, speaker: speaker, evidence: "indirect.quoted-as")
    }
    // "The port will stay open, Okafor was quoted as saying.": what was said
    // comes first.
    let last = cue.range.upperBound >= s.upperBound || a.isTerminal(cue.range.upperBound)
    if last, let speaker = a.speaker(before: verb, floor: s.lowerBound), speaker.tokens.upperBound == verb,
      speaker.tokens.lowerBound - 1 > s.lowerBound, a.tokens[speaker.tokens.lowerBound - 1].isPunct(",")
    {
      return tail(cue, sentence: s, speaker: speaker)
    }
    guard let speaker = subject(ofSentence: index, before: verb), speaker.tokens.upperBound <= verb else { return nil }
    return content(after: cue, sentence: s, speaker: speaker, evidence: "indirect.quoted-as")
  }

  /// "She went on to say that …", "he was quick to add …", "proceeded to
  /// argue …": an infinitive of saying that reports as a plain verb does,
  /// with the sentence's subject as its speaker.
  func reportingInfinitive(_ cue: (range: Range<Int>, entry: CueEntry), sentence index: Int) -> Attribution? {
    let s = a.sentences[index].tokens
    guard cue.entry.frame == .speech,
      let opener = a.infinitiveOpener(beforeCue: cue.range.lowerBound, floor: s.lowerBound)
    else { return nil }
    // "as officials continue to warn": the phrase right before the verb, if
    // there is one, else the sentence's subject ("Ruiz, who …, went on to say").
    let adjacent = a.speaker(before: opener, floor: s.lowerBound).flatMap { $0.tokens.upperBound == opener ? $0 : nil }
    guard let speaker = adjacent ?? subject(ofSentence: index, before: opener), speaker.tokens.upperBound <= opener
    else {
      return nil
    }
    return content(after: cue, sentence: s, speaker: speaker, evidence: "indirect.speaker-cue")
  }
}
