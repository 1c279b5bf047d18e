extension EntityResolver {
  /// The subject that opens the pronoun's own sentence: "Okafor often says
  /// she is …", "Okafor went on: “…,” he said." Speakers are resolved
  /// before their sentence is scanned, so it is read here. A pronoun that
  /// speaks after its words cannot mean a name inside them ("The goal, he
  /// said, is …", "Ruiz “ruined the port,” he said"): then the subject counts
  /// only when a colon sets it apart from the words. A pronoun more than 120
  /// words into its sentence, or 80 after the subject, is too far to tell
  /// (and reading that far for every pronoun of a run-on line would cost
  /// time that grows with its square).
  mutating func ownSubject(_ sentence: Int, before token: Int) -> Int? {
    let s = a.sentences[sentence].tokens
    guard token > s.lowerBound, token - s.lowerBound <= 120, !a.isQuoted(s.lowerBound),
      let m = QuoteFinder(a).subject(ofSentence: sentence, before: token),
      m.kind == .name || m.kind == .description, m.tokens.upperBound <= token, token - m.tokens.upperBound <= 80,
      !isLoneUnknownWord(m),
      !Lexicon.possessives.contains(a.tokens[m.tokens.lowerBound].lower), !isUnseenLoneName(m)
    else { return nil }
    let previous = a.tokens[token - 1]
    if previous.isPunct(",") || previous.kind == .quote, endsWithCue(after: token, sentence: s),
      !isSetApart(m.tokens.upperBound..<token)
    {
      return nil
    }
    return entity(for: m, sentence: sentence)
  }

  /// "Sure, he said …", "Immigration, she said, …": a lone capitalised word
  /// with no role is a person only once the story has named them in full.
  func isUnseenLoneName(_ m: SpeakerMention) -> Bool {
    guard m.kind == .name, m.role == nil, m.tokens.count == 1 else { return false }
    return !registry.hasPerson(lastName: Self.stripPossessive(a.tokens[m.tokens.lowerBound].lower))
  }

  /// "…, he said.", "…, she said Tuesday, is …": a verb of saying right after
  /// the pronoun with nothing reported after it (only a time, then a mark).
  /// "In fact, she said it …" reports what follows instead.
  func endsWithCue(after pronoun: Int, sentence s: Range<Int>) -> Bool {
    var k = pronoun + 1
    guard k < s.upperBound, a.tokens[k].classes.contains(.cue) else { return false }
    k += 1
    while k < s.upperBound, k - pronoun <= 5, a.tokens[k].kind == .word, a.tokens[k].classes.contains(.timeWords) {
      k += 1
    }
    return k >= s.upperBound || a.tokens[k].kind == .punct || a.tokens[k].kind == .quote
  }

  /// Whether the words between a subject and a pronoun that speaks after
  /// them leave the subject out of what is reported: a colon, or a
  /// quotation opened after a comma ("Okafor weighed in, telling the
  /// paper, “…,” he said"), but not one the subject opens ("Ruiz “caused
  /// havoc,” he said").
  func isSetApart(_ between: Range<Int>) -> Bool {
    between.contains { k in
      guard !a.isQuoted(k) || a.tokens[k].kind == .quote else { return false }
      if a.tokens[k].isPunct(":") { return true }
      // An opening mark stands apart from the comma before it: ", “".
      return a.tokens[k].kind == .quote && a.tokens[k].spaceBefore && k > between.lowerBound + 1
        && a.tokens[k - 1].isPunct(",")
    }
  }
}
