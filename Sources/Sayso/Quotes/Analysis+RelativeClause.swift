extension Analysis {
  /// The speaker that a restrictive relative clause describes, when the cue
  /// follows the clause: "Two officials who spoke on condition of anonymity
  /// said", "People who know the captain say", "Dockers who say": the phrase
  /// before "who", not the last noun of the clause.
  ///
  /// `last` is the token right before the cue (adverbs skipped). The clause
  /// holds words only: a comma or quotation mark between "who" and the cue
  /// means the cue belongs to some other structure, and "X, who …," is read
  /// as an appositive elsewhere.
  func relativeClauseSpeaker(endingAt last: Int, floor: Int, cue cueStart: Int) -> SpeakerMention? {
    var w = last
    while w > floor, last - w < Self.relativeClauseReach {
      let t = tokens[w]
      if t.kind == .word, t.lower == "who" { break }
      guard t.kind == .word || t.kind == .number, !isQuoted(w) else { return nil }
      w -= 1
    }
    guard w > floor, tokens[w].lower == "who", tokens[w - 1].kind == .word, !isQuoted(w - 1) else { return nil }
    // "who" right before the cue only has a subject of its own ("voters who
    // say"); a longer clause must open with its verb ("who spoke", "who
    // asked"), not with a noun phrase of some other construction.
    if w < last, !tokens[w + 1].classes.isDisjoint(with: [.determiners, .pronouns]) { return nil }
    // "who says", "who has long argued": the pronoun is the cue's own subject.
    // "People who know the captain say": "know" there is acquaintance, and
    // the report is the later verb's.
    let ownSubject = ((w + 1)..<(last + 1)).allSatisfy { tokens[$0].classes.contains(.eventAuxiliary) }
    if ownSubject, cue(at: cueStart)?.entry.lemma == "know" { return nil }
    // "A worker who fished at the pier and who did not want to be named
    // said": coordinated clauses describe one speaker, named before the first.
    var first = w
    while first - 2 > floor, tokens[first - 1].lower == "and",
      let earlier = relativePronoun(before: first - 1, floor: floor)
    {
      first = earlier
    }
    let antecedent = first - 1
    let start = sentenceStart(of: antecedent)
    var m: SpeakerMention?
    if Self.relativeHeads.contains(tokens[antecedent].lower) {
      m = SpeakerMention(kind: .group, tokens: antecedent..<(antecedent + 1))
    } else if var found = reader.mention(endingAt: antecedent, floor: floor, sentenceStart: start),
      found.kind != .pronoun
    {
      // "said Tom Reyes, a harbour delegate who has accused …": the phrase
      // describes the name before its comma, who is the speaker.
      let comma = found.tokens.lowerBound - 1
      if found.kind == .description, comma - 1 >= floor, tokens[comma].isPunct(","),
        var name = reader.mention(endingAt: comma - 1, floor: floor, sentenceStart: start), name.kind == .name,
        // ("At the town hall in Port Ellis, a young woman who …": a place.)
        name.tokens.lowerBound == start || !tokens[name.tokens.lowerBound - 1].classes.contains(.prepositions),
        !name.tokens.contains(where: { Lexicon.placeHeads.contains(tokens[$0].lower) })
      {
        name.appositive = found.tokens
        found = name
      }
      m = found
    } else {
      m =
        countedSpeaker(endingAt: antecedent, floor: max(floor, start), cue: cueStart)
        ?? pluralBeforeWho(antecedent, floor: max(floor, start))
    }
    // The attribution rests on "who"; the phrase before it names the speaker.
    if ownSubject { m?.pointer = w..<(w + 1) }
    return m
  }

  /// "fiscal hawks who called it …": a plain plural and its modifiers before
  /// "who" are a group, whatever the lexicon knows of the noun.
  private func pluralBeforeWho(_ last: Int, floor: Int) -> SpeakerMention? {
    let t = tokens[last]
    guard t.kind == .word, !t.isCapitalized, t.lower.hasSuffix("s"), reader.isPlainNoun(last) else { return nil }
    var k = last
    // ("the bill angered dockers who …": a past form is the clause's verb.)
    while k - 1 >= floor, last - k < 2, tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized,
      !tokens[k - 1].lower.hasSuffix("ed"), reader.isModifier(tokens[k - 1]) || reader.isPlainNoun(k - 1)
    {
      k -= 1
    }
    if k - 1 >= floor, tokens[k - 1].classes.contains(.determiners) { k -= 1 }
    return SpeakerMention(kind: .group, tokens: k..<(last + 1))
  }

  /// The "who" that opens a clause of words ending right before `end`.
  private func relativePronoun(before end: Int, floor: Int) -> Int? {
    var w = end - 1
    while w > floor, end - w <= Self.relativeClauseReach {
      let t = tokens[w]
      if t.kind == .word, t.lower == "who" { return tokens[w - 1].kind == .word && !isQuoted(w - 1) ? w : nil }
      guard t.kind == .word || t.kind == .number, !isQuoted(w) else { return nil }
      w -= 1
    }
    return nil
  }

  /// How many words a relative clause before its cue may hold.
  static let relativeClauseReach = 16

  /// Heads that stand alone before "who": "Those who attended said".
  static let relativeHeads: WordSet = ["those", "people", "anyone", "everyone", "others", "many", "some"]
}
