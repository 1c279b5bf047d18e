extension NounPhraseReader {
  /// The speaker phrase whose last token is `last`, read leftwards no further
  /// than `floor`: "… Parliament Speaker Nabih Berri", "a spokesman for the
  /// campaign", "officials", "he".
  func mention(endingAt last: Int, floor: Int, sentenceStart: Int) -> SpeakerMention? {
    guard last >= floor, last < tokens.count, tokens[last].kind == .word else { return nil }
    let t = tokens[last]
    if Lexicon.pronouns[t.lower] != nil {
      return SpeakerMention(kind: .pronoun, tokens: last..<(last + 1))
    }
    if isNameToken(last) && !isSentenceInitialCommon(last, sentenceStart: sentenceStart) {
      return nameMention(endingAt: last, floor: floor, sentenceStart: sentenceStart)
    }
    return describingMention(endingAt: last, floor: floor, sentenceStart: sentenceStart)
  }

  private func nameMention(endingAt last: Int, floor: Int, sentenceStart: Int) -> SpeakerMention? {
    var k = last
    while k - 1 >= floor {
      let p = tokens[k - 1]
      if isNameToken(k - 1) && !isSentenceInitialCommon(k - 1, sentenceStart: sentenceStart) {
        k -= 1
      } else if p.lower == "of", k - 2 >= floor, isNameToken(k - 2), k - 1 > sentenceStart {
        // Read on across "of"; splitting the run decides whose name it is.
        k -= 1
      } else if p.kind == .punct, p.first == ".", !p.spaceBefore, k - 2 >= floor,
        tokens[k - 2].classes.contains(.titles)
      {
        k -= 1
      } else if p.kind == .word, !p.isCapitalized,
        isRoleWord(p) || p.classes.contains(.personNouns)
      {
        k -= 1
      } else {
        break
      }
    }
    while k < last, tokens[k].lower == "of" || tokens[k].kind == .punct { k += 1 }
    var begin = k
    if begin - 1 >= floor, tokens[begin - 1].lower == "the" { begin -= 1 }
    return classify(run: k..<(last + 1), begin: begin)
  }

  /// Decides whether a run of capitalised and role words names a person, an
  /// organisation or only describes someone ("the President").
  func classify(run: Range<Int>, begin: Int) -> SpeakerMention? {
    let (role, name) = splitRole(run)
    let all = begin..<run.upperBound
    if tokens[run.upperBound - 1].classes.contains(.groupNouns) {
      // "Latino Republicans", "Senate Democrats": a group, not a person.
      return SpeakerMention(kind: .group, tokens: all)
    }
    if let name {
      if begin < run.lowerBound && role == nil {
        return SpeakerMention(kind: .organisation, tokens: all, name: run)
      }
      return SpeakerMention(kind: .name, tokens: all, name: name, role: role)
    }
    let lastWord = tokens[run.upperBound - 1].lower
    if Lexicon.organisationNameEnds.contains(lastWord) || Lexicon.places.contains(lastWord)
      || Lexicon.organisationNouns.contains(lastWord)
    {
      return SpeakerMention(kind: .organisation, tokens: all, name: run)
    }
    if Lexicon.titles.contains(lastWord) || Lexicon.personNouns.contains(lastWord) {
      return SpeakerMention(kind: .description, tokens: all, role: run)
    }
    if Lexicon.groupNouns.contains(lastWord) {
      return SpeakerMention(kind: .group, tokens: all)
    }
    return nil
  }

  private func describingMention(endingAt last: Int, floor: Int, sentenceStart: Int) -> SpeakerMention? {
    let head = tokens[last].lower
    let kind: MentionKind
    if Lexicon.groupNouns.contains(head) {
      kind = .group
    } else if Lexicon.personNouns.contains(head) {
      kind = .description
    } else if Lexicon.organisationNouns.contains(head) {
      kind = .organisation
    } else {
      return prepositionalMention(endingAt: last, floor: floor, sentenceStart: sentenceStart)
        ?? unknownHeadMention(endingAt: last, floor: floor)
    }
    var k = last
    var determined = false
    var steps = 0
    while k - 1 >= floor, steps < 5 {
      let p = tokens[k - 1]
      guard p.kind == .word || p.kind == .number else { break }
      if p.classes.contains(.determiners) {
        k -= 1
        determined = true
        break
      }
      if p.classes.contains(.possessive) {
        k -= 1
        determined = true
        while k - 1 >= floor, isNameToken(k - 1), !isSentenceInitialCommon(k - 1, sentenceStart: sentenceStart) {
          k -= 1
        }
        if k - 1 >= floor, tokens[k - 1].lower == "the" { k -= 1 }
        break
      }
      guard isModifier(p) else { break }
      k -= 1
      steps += 1
    }
    if !determined, let det = determinerWithin(k, floor: floor) {
      // "the transport ministry": modifiers the lexicon does not know.
      k = det
      determined = true
    }
    if !determined && kind != .group {
      // "State Department spokesman": a capitalised modifier stands in for the determiner.
      guard k < last, tokens[k].isCapitalized else { return nil }
    }
    var mention = SpeakerMention(kind: kind, tokens: k..<(last + 1), role: kind == .description ? k..<(last + 1) : nil)
    // "a spokesman for the campaign": the phrase we read is the object of a
    // preposition; the speaker is the phrase before it.
    if k - 2 >= floor, ["for", "of", "at", "with", "from", "to", "in"].contains(tokens[k - 1].lower),
      let outer = describingMention(endingAt: k - 2, floor: floor, sentenceStart: sentenceStart),
      outer.kind == .description || outer.kind == .group
    {
      mention = SpeakerMention(kind: outer.kind, tokens: outer.tokens.lowerBound..<(last + 1), role: outer.role)
    }
    return mention
  }

  /// A determiner up to three plain lower-case words before `k`.
  private func determinerWithin(_ k: Int, floor: Int) -> Int? {
    var j = k - 1
    while j >= floor, k - j <= 3 {
      let t = tokens[j]
      guard t.kind == .word, !t.isCapitalized || j == floor, !t.classes.contains(.cue) else { return nil }
      if t.classes.contains(.determiners) { return j }
      if !t.classes.isDisjoint(with: [.prepositions, .functionWords, .pronouns]) { return nil }
      j -= 1
    }
    return nil
  }

  /// "the foreman", "local fishermen": a head noun the lexicon does not know,
  /// after a determiner or, for plurals, after modifiers.
  private func unknownHeadMention(endingAt last: Int, floor: Int) -> SpeakerMention? {
    let t = tokens[last]
    guard t.kind == .word, t.classes.isDisjoint(with: [.functionWords, .pronouns, .cue, .determiners, .prepositions]),
      !t.isCapitalized || isSentenceInitialCommon(last, sentenceStart: last), last >= floor
    else { return nil }
    if last > floor, let det = determinerWithin(last, floor: floor), tokens[det].lower != "that",
      tokens[det].lower != "this"
    {
      let plural = t.lower.hasSuffix("s") || t.lower.hasSuffix("men")
      return SpeakerMention(
        kind: plural ? .group : .description, tokens: det..<(last + 1), role: plural ? nil : det..<(last + 1))
    }
    if t.lower.hasSuffix("men") || t.lower.hasSuffix("ers") || t.lower.hasSuffix("ists") || t.lower.hasSuffix("ians") {
      var k = last
      while k - 1 >= floor, last - k < 2, tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized,
        tokens[k - 1].classes.isDisjoint(with: [.determiners, .prepositions, .functionWords, .pronouns, .cue])
      {
        k -= 1
      }
      return SpeakerMention(kind: .group, tokens: k..<(last + 1))
    }
    return nil
  }

  /// "a spokesman for the buyer": the object of the preposition is not in the
  /// lexicon, but the phrase it hangs from is.
  private func prepositionalMention(endingAt last: Int, floor: Int, sentenceStart: Int) -> SpeakerMention? {
    var k = last
    while k - 1 > floor, last - k < 5 {
      k -= 1
      let t = tokens[k]
      guard t.kind == .word else { return nil }
      if ["for", "of", "at", "with", "from"].contains(t.lower) {
        guard let outer = describingMention(endingAt: k - 1, floor: floor, sentenceStart: sentenceStart),
          outer.kind == .description || outer.kind == .group
        else { return nil }
        return SpeakerMention(kind: outer.kind, tokens: outer.tokens.lowerBound..<(last + 1), role: outer.role)
      }
    }
    return nil
  }

  func isModifier(_ t: Token) -> Bool {
    if t.kind == .number || t.isCapitalized { return true }
    let w = t.lower
    if isRoleWord(t) || !t.classes.isDisjoint(with: [.personNouns, .organisationNouns]) { return true }
    for suffix in ["al", "ic", "ive", "an", "ese", "ish", "ary", "ior", "ent", "ant", "ous", "-level", "-ranking"]
    where w.hasSuffix(suffix) {
      return true
    }
    return ["senior", "top", "former", "other", "two", "three", "several", "many", "some", "high"].contains(w)
  }
}
