extension Analysis {
  /// A subject the lexicon cannot name but the sentence shape can: a count
  /// or share of people ("about seven in 10 say", "two-thirds said", "40
  /// percent said") or a plural noun opening the sentence ("Shipowners say").
  /// Only a plural verb form follows one.
  func countedSpeaker(endingAt k: Int, floor: Int, cue: Int) -> SpeakerMention? {
    let verb = tokens[cue].lower
    // "42% say": the sign is a token of its own.
    let percentSign = tokens[k].isPunct("%") && k > floor && tokens[k - 1].kind == .number
    guard !verb.hasSuffix("s"), tokens[k].kind == .word || tokens[k].kind == .number || percentSign
    else { return nil }
    let t = tokens[k]
    let counted =
      t.kind == .number || Self.shareWords.contains(t.lower) || Self.numberWords.contains(t.lower)
      || isFraction(t.lower)
    // A word of saying right before the verb is a noun: "rights advocates said", "exit polls show".
    let plural =
      t.kind == .word && t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss") && t.lower.utf8.count > 3
      && t.classes.isDisjoint(with: [.functionWords, .pronouns, .prepositions, .determiners, .timeWords])
      && (!t.classes.contains(.cue) || k + 1 == cue)
    guard counted || plural else { return nil }
    // Back to the start of the clause: the sentence start, a comma or "and"/"but".
    var j = k
    while j > floor, k - j < 8 {
      let p = tokens[j - 1]
      if p.kind == .punct || ["and", "but", "while", "that", "as", "because"].contains(p.lower) { break }
      // "one in five": the count's "one" is no pronoun.
      guard p.kind == .word || p.kind == .number, !p.classes.contains(.cue),
        !p.classes.contains(.pronouns) || (counted && p.lower == "one")
      else { return nil }
      // "out of 10", "seven in 10", "about half" belong to a count.
      if p.classes.contains(.prepositions), !counted || !Self.countWords.contains(p.lower) { return nil }
      j -= 1
    }
    guard k - j < 8, j == floor || tokens[j - 1].kind == .punct || tokens[j - 1].kind == .word else { return nil }
    // A plural noun alone must open its clause: "the vote of members say" is no subject.
    if plural, !counted, k - j > 2 { return nil }
    return SpeakerMention(kind: .group, tokens: j..<(k + 1), role: j..<(k + 1))
  }

  private func isFraction(_ w: String) -> Bool {
    guard let dash = w.firstIndex(of: "-") else { return false }
    return Self.fractionEnds.contains(String(w[w.index(after: dash)...]))
  }

  static let shareWords: WordSet = [
    "percent", "%", "half", "majority", "majorities", "minority", "plurality", "third", "thirds", "quarter",
    "quarters", "fourths", "fifths",
  ]

  /// "About one in five say", "Two of them said".
  static let numberWords: WordSet = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens",
    "hundreds", "thousands", "millions",
  ]

  static let countWords: WordSet = ["of", "out", "in", "about", "around", "over", "under"]

  static let fractionEnds: WordSet = ["thirds", "quarters", "fourths", "fifths", "half", "tenths"]

  /// A name that fills `start..<end`, alone or with where the person is
  /// from: "Ana Ruiz", "Ana Ruiz of Lagos University".
  func nameWithOrigin(from start: Int, to end: Int) -> SpeakerMention? {
    var ceiling = end
    if let of = (start..<end).first(where: { tokens[$0].lower == "of" }), isPlaceOfOrigin(of..<end) { ceiling = of }
    guard let name = reader.mention(startingAt: start, ceiling: ceiling), name.kind == .name,
      name.tokens.upperBound == ceiling
    else { return nil }
    return name
  }

  /// "of Lagos University": a place or institution after a name.
  private func isPlaceOfOrigin(_ r: Range<Int>) -> Bool {
    guard r.count >= 2, tokens[r.lowerBound].lower == "of" else { return false }
    return r.dropFirst().allSatisfy { tokens[$0].isCapitalized || tokens[$0].isPunct(".") || tokens[$0].lower == "of" }
  }
}
