extension NounPhraseReader {
  /// The name after at most two plain lower-case words, if one follows.
  func nameAfterPlainWords(_ position: Int, ceiling: Int) -> Range<Int>? {
    var k = position
    while k < ceiling, k - position < 2, tokens[k].kind == .word, !tokens[k].isCapitalized,
      tokens[k].classes.isDisjoint(with: [.functionWords, .pronouns, .prepositions, .cue, .determiners])
    {
      k += 1
    }
    guard k > position, k < ceiling, isNameToken(k), tokens[k].isCapitalized else { return nil }
    var end = k
    while end < ceiling, isNameToken(end) { end += 1 }
    let (_, name) = splitRole(k..<end)
    return name
  }

  /// "Harbour chief", "Trump aides": one capitalised word that modifies a
  /// lower-case role or person noun, with no name after, describes someone
  /// and names no one.
  private func modifiedRole(run: Range<Int>, mention m: SpeakerMention, first: Int, ceiling: Int) -> SpeakerMention? {
    guard m.kind == .name, run.count == 1, !tokens[run.lowerBound].classes.contains(.possessive) else { return nil }
    var end = run.upperBound
    while end < ceiling, tokens[end].kind == .word, !tokens[end].isCapitalized,
      !tokens[end].classes.isDisjoint(with: [.titles, .personNouns])
    {
      end += 1
    }
    guard end > run.upperBound else { return nil }
    let plural = tokens[end - 1].lower.hasSuffix("s")
    return SpeakerMention(kind: plural ? .group : .description, tokens: first..<end, role: first..<end)
  }

  /// The speaker phrase that starts at `first`, read rightwards no further than
  /// `ceiling` (exclusive): "said Okafor", "said the spokesman", "said he".
  func mention(startingAt first: Int, ceiling: Int) -> SpeakerMention? {
    guard first < ceiling, tokens[first].kind == .word else { return nil }
    let t = tokens[first]
    if Lexicon.pronouns[t.lower] != nil, t.lower != "who" {
      return SpeakerMention(kind: .pronoun, tokens: first..<(first + 1))
    }
    var k = first
    let hasThe = t.lower == "the"
    if hasThe { k += 1 }
    if k < ceiling, isNameToken(k) || (tokens[k].kind == .word && isRoleWord(tokens[k])) {
      let runStart = k
      var sawName = false
      while k < ceiling {
        let c = tokens[k]
        let role = c.kind == .word && (isRoleWord(c) || c.classes.contains(.personNouns))
        if isNameToken(k) || role {
          if !role { sawName = true }
          if sawName && role && !c.isCapitalized { break }
          k += 1
        } else if c.lower == "of", !sawName, k + 2 < ceiling, tokens[k + 1].lower == "the", isNameToken(k + 2),
          k > runStart,
          isRoleWord(tokens[k - 1])
        {
          // "Leader of the Revolution Ayatollah …": a role that names an institution.
          k += 2
        } else if c.lower == "of", k + 1 < ceiling, isNameToken(k + 1), k > runStart, tokens[k - 1].isCapitalized {
          k += 1
        } else if c.kind == .punct, c.first == ".", !c.spaceBefore, k > runStart,
          tokens[k - 1].classes.contains(.titles) || isInitial(k - 1), k + 1 < ceiling, isNameToken(k + 1)
        {
          // "Sen. Ana Ruiz", "Jeffrey M. Jones": a title's or an initial's full stop.
          k += 1
        } else {
          break
        }
      }
      if k > runStart, var m = classify(run: runStart..<k, begin: first) {
        // "Conservative icon Ana Ruiz", "Harbour Times bureau chief Ana Ruiz":
        // a capitalised modifier, plain nouns, a name.
        let modifierRun = (runStart..<k).allSatisfy {
          tokens[$0].kind == .word && tokens[$0].classes.isDisjoint(with: [.possessive, .titles])
        }
        if m.kind == .name || m.kind == .organisation, k - runStart <= 3, modifierRun,
          let named = nameAfterPlainWords(k, ceiling: ceiling), named.count >= 2
        {
          m = SpeakerMention(
            kind: .name, tokens: first..<named.upperBound, name: named, role: runStart..<named.lowerBound)
        } else if let described = modifiedRole(run: runStart..<k, mention: m, first: first, ceiling: ceiling) {
          return described
        }
        return m
      }
    }
    // A describing phrase: determiner, modifiers, head noun.
    var end = first
    var lastHead: Int?
    while end < ceiling, end - first < 6 {
      let c = tokens[end]
      guard c.kind == .word || c.kind == .number else { break }
      if c.classes.contains(.personNouns) || c.classes.contains(.groupNouns)
        || c.classes.contains(.organisationNouns)
      {
        lastHead = end
      } else if lastHead != nil {
        // "a Senate leadership aide": a plain word may carry on to a later head.
        guard c.kind == .word, !c.isCapitalized,
          c.classes.isDisjoint(with: [.functionWords, .cue, .prepositions, .pronouns, .timeWords, .determiners])
        else { break }
      } else if end > first && !isModifier(c)
        && (c.isCapitalized || !c.classes.isDisjoint(with: [.functionWords, .cue, .prepositions, .pronouns]))
      {
        break
      }
      end += 1
    }
    guard let head = lastHead ?? unknownHead(before: end, first: first, ceiling: ceiling) else { return nil }
    // "one New Hampshire Democrat": a capitalised head after a determiner
    // describes someone; it does not name them.
    let described = tokens[head].isCapitalized && first < head && tokens[first].classes.contains(.determiners)
    let found =
      described
      ? describingMention(endingAt: head, floor: first, sentenceStart: first)
      : mention(endingAt: head, floor: first, sentenceStart: first)
    guard let m = found, m.tokens.lowerBound == first else { return nil }
    return m
  }

  /// "said one Trump confidant.": a head noun the lexicon does not know ends
  /// a determined phrase right before the clause closes.
  func unknownHead(before end: Int, first: Int, ceiling: Int) -> Int? {
    guard end - 1 > first, tokens[first].classes.contains(.determiners) else { return nil }
    guard end == ceiling || tokens[end].kind == .punct || tokens[end].lower == "who" else { return nil }
    let last = tokens[end - 1]
    guard last.kind == .word, !last.isCapitalized,
      last.classes.isDisjoint(with: [.functionWords, .pronouns, .cue, .determiners, .prepositions, .timeWords])
    else { return nil }
    return end - 1
  }
}
