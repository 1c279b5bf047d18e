extension NounPhraseReader {
  func describingMention(endingAt last: Int, floor: Int, sentenceStart: Int) -> SpeakerMention? {
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
        ?? unknownHeadMention(endingAt: last, floor: floor, sentenceStart: sentenceStart)
    }
    var k = last
    var determined = false
    var steps = 0
    while k - 1 >= floor, steps < 5 {
      let p = tokens[k - 1]
      // "Ruiz’ campaign", "the dockers’ union": a plural or "-s" name's
      // possessive mark stands alone after the word.
      if p.kind == .quote, isTrailingApostrophe(k - 1), k - 2 >= floor {
        k -= 2
        determined = true
        while k - 1 >= floor, isNameToken(k - 1), !isSentenceInitialCommon(k - 1, sentenceStart: sentenceStart) {
          k -= 1
        }
        if k - 1 >= floor, tokens[k - 1].classes.contains(.determiners) { k -= 1 }
        break
      }
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
    // "…, guild officials said": one plain noun the lexicon lacks, right after
    // a comma or at the sentence's start, modifies a bare plural head.
    if !determined, kind == .group, k == last, k - 1 >= floor, isPlainNoun(k - 1),
      k - 1 == sentenceStart || (k - 2 >= floor && tokens[k - 2].isPunct(","))
    {
      k -= 1
    }
    if !determined, let det = determinerWithin(k, floor: floor) {
      // "the transport ministry": modifiers the lexicon does not know.
      k = det
      determined = true
    }
    if !determined, kind == .description,
      let both = coordinatedRoles(secondStart: k, last: last, floor: floor, sentenceStart: sentenceStart)
    {
      return both
    }
    if !determined && kind != .group {
      // "State Department spokesman": a capitalised modifier stands in for the determiner.
      // "the secretary of state": the bare noun hangs from a described person.
      guard k < last, tokens[k].isCapitalized else {
        return prepositionalMention(endingAt: last, floor: floor, sentenceStart: sentenceStart)
      }
    }
    var mention = SpeakerMention(kind: kind, tokens: k..<(last + 1), role: kind == .description ? k..<(last + 1) : nil)
    // "a spokesman for the campaign": the phrase we read is the object of a
    // preposition; the speaker is the phrase before it.
    // ("referred reporters to a statement, which said": no one speaks "to" a record.)
    let recordAfterTo =
      k > floor && tokens[k - 1].lower == "to" && (QuoteFinder.recordNouns.contains(head) || head == "statement")
    if k - 2 >= floor, ["for", "of", "at", "with", "from", "to", "in"].contains(tokens[k - 1].lower), !recordAfterTo,
      let outer = describingMention(endingAt: k - 2, floor: floor, sentenceStart: sentenceStart),
      outer.kind == .description || outer.kind == .group
    {
      mention = SpeakerMention(kind: outer.kind, tokens: outer.tokens.lowerBound..<(last + 1), role: outer.role)
    }
    return mention
  }

  /// "the mayor and former senator", "the Velmar senator and presidential
  /// candidate": a second role with no determiner of its own belongs to the
  /// person the first one describes. ("the mayor and the governor" are two.)
  func coordinatedRoles(secondStart k: Int, last: Int, floor: Int, sentenceStart: Int) -> SpeakerMention? {
    guard k - 3 >= floor, tokens[k - 1].lower == "and", tokens[k - 2].kind == .word, !tokens[k - 2].isCapitalized,
      let first = describingMention(endingAt: k - 2, floor: floor, sentenceStart: sentenceStart),
      first.kind == .description,
      ["the", "a", "an"].contains(tokens[first.tokens.lowerBound].lower)
    else { return nil }
    let span = first.tokens.lowerBound..<(last + 1)
    return SpeakerMention(kind: .description, tokens: span, role: span)
  }

  /// A determiner up to four modifying words before `k`: plain lower-case
  /// words, or names used as modifiers ("a Senate leadership aide").
  func determinerWithin(_ k: Int, floor: Int) -> Int? {
    var j = k - 1
    while j >= floor, k - j <= 4 {
      let t = tokens[j]
      // A verb of saying ends the phrase, unless a determiner makes it a noun:
      // "the state legislature", "a report card".
      let nounCue =
        !t.isCapitalized && j - 1 >= floor && Self.articles.contains(tokens[j - 1].lower) && !t.lower.hasSuffix("ed")
      guard t.kind == .word, !t.isCapitalized || j == floor || isNameToken(j), !t.classes.contains(.cue) || nounCue
      else {
        return nil
      }
      if t.classes.contains(.determiners) { return j }
      if !t.classes.isDisjoint(with: [.prepositions, .functionWords, .pronouns]) { return nil }
      // "the bill angered dockers": a past form after a noun is its verb
      // ("the newly elected members", "two retired pilots" describe).
      if t.lower.hasSuffix("ed"), j - 1 >= floor, tokens[j - 1].kind == .word,
        tokens[j - 1].classes.isDisjoint(with: [.determiners, .possessive]), !tokens[j - 1].lower.hasSuffix("ly")
      {
        return nil
      }
      j -= 1
    }
    return nil
  }

  /// "the foreman", "local fishermen": a head noun the lexicon does not know,
  /// after a determiner or, for plurals, after modifiers.
  func unknownHeadMention(endingAt last: Int, floor: Int, sentenceStart: Int) -> SpeakerMention? {
    let t = tokens[last]
    // "the talks", "the report": a verb of saying right after a determiner is a noun.
    let nounCue = last - 1 >= floor && Self.articles.contains(tokens[last - 1].lower) && !t.lower.hasSuffix("ed")
    guard t.kind == .word, t.classes.isDisjoint(with: [.functionWords, .pronouns, .determiners, .prepositions]),
      nounCue || !t.classes.contains(.cue),
      !t.isCapitalized || isSentenceInitialCommon(last, sentenceStart: last), last >= floor
    else { return nil }
    if last > floor, let det = determinerWithin(last, floor: floor), tokens[det].lower != "that",
      tokens[det].lower != "this"
    {
      let plural = t.lower.hasSuffix("s") || t.lower.hasSuffix("men")
      return SpeakerMention(
        kind: plural ? .group : .description, tokens: det..<(last + 1), role: plural ? nil : det..<(last + 1))
    }
    if !t.lower.hasSuffix("s") {
      var k = last
      while k - 1 > floor, last - k < 3, isModifier(tokens[k - 1]) || isPlainNoun(k - 1) { k -= 1 }
      if let both = coordinatedRoles(secondStart: k, last: last, floor: floor, sentenceStart: sentenceStart) {
        return both
      }
    }
    if t.lower.hasSuffix("men") || t.lower.hasSuffix("ers") || t.lower.hasSuffix("ists") || t.lower.hasSuffix("ians") {
      var k = last
      // ("the bill angered dockers": a past form is a verb before its object.)
      while k - 1 >= floor, last - k < 2, tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized,
        tokens[k - 1].classes.isDisjoint(with: [.determiners, .prepositions, .functionWords, .pronouns, .cue]),
        !tokens[k - 1].lower.hasSuffix("ed") || k - 2 < floor || tokens[k - 2].classes.contains(.determiners)
      {
        k -= 1
      }
      return SpeakerMention(kind: .group, tokens: k..<(last + 1))
    }
    return nil
  }

  /// "a spokesman for the buyer": the object of the preposition is not in the
  /// lexicon, but the phrase it hangs from is.
  func prepositionalMention(endingAt last: Int, floor: Int, sentenceStart: Int) -> SpeakerMention? {
    var k = last
    while k - 1 > floor, last - k < 5 {
      k -= 1
      let t = tokens[k]
      guard t.kind == .word else { return nil }
      if ["for", "of", "at", "with", "from"].contains(t.lower) {
        // "objections from fiscal hawks": only people speak for or from
        // something; "familiar with the planning for …" reads on to "familiar".
        guard k - 1 >= floor else { return nil }
        guard isPeopleNoun(tokens[k - 1]) || Self.postmodifierHeads.contains(tokens[k - 1].lower) else { continue }
        guard let outer = describingMention(endingAt: k - 1, floor: floor, sentenceStart: sentenceStart),
          outer.kind == .description || outer.kind == .group
        else { return nil }
        return SpeakerMention(kind: outer.kind, tokens: outer.tokens.lowerBound..<(last + 1), role: outer.role)
      }
    }
    return nil
  }

  /// A noun for a person or people: on the lexicon's lists, a title, or a
  /// plural with an agent's ending ("lawyers", "economists", "residents").
  func isPeopleNoun(_ t: Token) -> Bool {
    guard t.kind == .word else { return false }
    if t.isCapitalized || isRoleWord(t) || !t.classes.isDisjoint(with: [.personNouns, .groupNouns, .titles]) {
      return true
    }
    if Self.partNouns.contains(t.lower) || t.lower.hasSuffix("thirds") || t.lower.hasSuffix("fourths") { return true }
    return ["men", "ers", "ors", "ists", "ians", "ants", "ents"].contains { t.lower.hasSuffix($0) }
  }

  /// Words that carry a phrase describing people on to a preposition:
  /// "one Democrat familiar with", "people with knowledge of".
  static let postmodifierHeads: WordSet = [
    "familiar", "close", "knowledgeable", "knowledge", "loyal", "allied", "aligned", "opposed", "sympathetic",
    "involved", "briefed", "connected", "linked",
  ]

  /// Words for some of a group or for a body of people, before "of": "a
  /// number of attendees", "the heads of both firms", "most of those".
  static let partNouns: WordSet = [
    "people", "those", "head", "heads", "number", "majority", "minority", "half", "third", "percent", "dozens",
    "hundreds", "thousands", "millions", "all", "most", "many", "some", "several", "none", "one", "each", "both",
    "few", "any", "body", "team", "group", "panel", "staff", "side", "camp", "wing", "office", "friends", "family",
  ]

  func isModifier(_ t: Token) -> Bool {
    if t.kind == .number || t.isCapitalized { return true }
    let w = t.lower
    if isRoleWord(t) || !t.classes.isDisjoint(with: [.personNouns, .organisationNouns]) { return true }
    for suffix in ["al", "ic", "ive", "an", "ese", "ish", "ary", "ior", "ent", "ant", "ous", "-level", "-ranking"]
    where w.hasSuffix(suffix) {
      return true
    }
    return Self.plainModifiers.contains(w)
  }

  /// A lower-case word with no part in the lexicon's closed lists and no
  /// verb or adverb ending: "guild" in "guild officials".
  func isPlainNoun(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, !t.isCapitalized, t.lower.utf8.count > 2 else { return false }
    let w = t.lower
    if w.hasSuffix("ly") || w.hasSuffix("ed") || w.hasSuffix("ing") { return false }
    return t.classes.isDisjoint(with: [
      .functionWords, .prepositions, .determiners, .pronouns, .cue, .timeWords, .subordinators, .eventAuxiliary,
      .eventBeForm,
    ])
  }

  /// An apostrophe right after a word ending in "s" and before a space and a
  /// lower-case word: the possessive of "Ruiz’ campaign", not a closing mark.
  func isTrailingApostrophe(_ k: Int) -> Bool {
    let mark = tokens[k]
    guard mark.first == "’" || mark.first == "'", !mark.spaceBefore, k > 0, k + 1 < tokens.count else { return false }
    let word = tokens[k - 1]
    let next = tokens[k + 1]
    return word.kind == .word && (word.lower.hasSuffix("s") || word.lower.hasSuffix("z") || word.lower.hasSuffix("x"))
      && next.spaceBefore && next.kind == .word && !next.isCapitalized
  }

  /// The articles after which a verb of saying can only be a noun.
  static let articles: WordSet = ["the", "a", "an"]
}

extension NounPhraseReader {
  /// Modifiers of a person noun that the suffix test misses: "the last ferry
  /// captain", "a longtime aide", "one young voter".
  static let plainModifiers: WordSet = [
    "senior", "top", "former", "other", "two", "three", "several", "many", "some", "high", "last", "first",
    "late", "longtime", "young", "old", "new",
  ]
}
