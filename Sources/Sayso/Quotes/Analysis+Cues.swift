extension Analysis {
  /// The cue that starts at token `k`, with its particle for phrasal cues
  /// ("pointed out", "according to"), or `nil` when the word reports nothing.
  func cue(at k: Int) -> (range: Range<Int>, entry: CueEntry)? {
    // Most words are no cue: test the mask before touching anything else.
    guard tokens[k].classes.contains(.cue) else { return nil }
    let t = tokens[k]
    guard !t.isCapitalized || k == sentenceStart(of: k) || isInTitleCase(k) else { return nil }
    let next = k + 1 < tokens.count ? tokens[k + 1].lower : ""
    // "a tweet", "the reports": after a determiner the word is a noun.
    // "the secretary of state", "a matter of record": after "of" only a gerund is a verb.
    if k > 0, tokens[k - 1].lower == "of", !t.lower.hasSuffix("ing") { return nil }
    // "delivered a snappy retort:", "gave a brief reply": "a" and a modifier
    // before a word that is a noun as often as a verb make it the noun.
    if k > 1, ["a", "an"].contains(tokens[k - 2].lower), tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized,
      Self.nounLikeCues.contains(t.lower) || Self.retortNouns.contains(t.lower)
    {
      return nil
    }
    // "Ruiz’s reported fortune": a past form after a possessive describes a noun.
    // ("she’s argued", "who’s called for" are contractions of "has".)
    if k > 0, t.lower.hasSuffix("ed"), tokens[k - 1].classes.contains(.possessive),
      !Self.contractingWords.contains(String(tokens[k - 1].lower.unicodeScalars.dropLast(2)))
    {
      return nil
    }
    // "battleground states where …", "in states that …": the noun, unless a
    // clause or a colon follows right after a subject.
    if t.lower == "states", next != "that" && next != ":" || (k > 0 && tokens[k - 1].classes.contains(.prepositions)) {
      return nil
    }
    // "Several said", "many added": a quantifier before a past form is its subject.
    // "Some say", "others argue": a plural form after one, too.
    // "Another says", "each argues": a singular one takes the "-s" form.
    let singularSubject = k > 0 && Self.singularQuantifiers.contains(tokens[k - 1].lower)
    let quantifierSubject =
      k > 0 && (Self.quantifierSpeakers.contains(tokens[k - 1].lower) || Self.numberWords.contains(tokens[k - 1].lower))
      && (t.lower == "said" || t.lower.hasSuffix("ed")
        || (!t.lower.hasSuffix("s") && !t.lower.hasSuffix("ing") && !Self.nounLikeCues.contains(t.lower)))
      || (singularSubject && (t.lower.hasSuffix("s") || t.lower.hasSuffix("ed") || t.lower == "said") && next != "of")
    if k > 0, tokens[k - 1].classes.contains(.determiners), tokens[k - 1].lower != "that", !quantifierSubject {
      return nil
    }
    // "the monthly jobs report has cleared the way": a present form right before an
    // auxiliary is a noun; "states that held votes" is one before a
    // relative clause.
    // ("which he says will", "that officials said would" report: a pronoun, a
    // name or a past form there makes the word a verb.)
    if Self.nounLikeCues.contains(t.lower), Self.verbAuxiliaries.contains(next), k > 0, tokens[k - 1].kind == .word,
      !tokens[k - 1].isCapitalized, !tokens[k - 1].classes.contains(.pronouns)
    {
      return nil
    }
    if t.lower.hasSuffix("s"), next == "that", k + 2 < tokens.count, Self.pastVerbs(tokens[k + 2].lower) {
      return nil
    }
    // "the agency’s report", "a 95-page report", "the states of the union":
    // nouns ("Ruiz’s claim that …" still reports).
    if Self.nounLikeCues.contains(t.lower) || t.lower == "states", k > 0, tokens[k - 1].kind == .word, next != "that",
      tokens[k - 1].classes.contains(.possessive) || (!tokens[k - 1].isCapitalized && tokens[k - 1].lower.contains("-"))
        || (t.lower == "states" && (next == "of" || next == "," || next == "."))
    {
      return nil
    }
    // "the TV show", "a Senate report": a singular form after a determiner and a
    // capitalised modifier heads a noun phrase; a verb there would agree in "-s".
    if k >= 2, Self.compoundNounCues.contains(t.lower), tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized,
      !tokens[k - 1].lower.hasSuffix("s"), tokens[k - 2].classes.contains(.determiners), tokens[k - 2].lower != "that"
    {
      return nil
    }
    // "in her opening remarks", "their recent claims": a plural form after a
    // possessive pronoun and a modifier is a noun. (A gerund there is often
    // a subject: "its polling shows".)
    if k >= 2, t.lower.hasSuffix("s"), Self.possessivePronouns.contains(tokens[k - 2].lower),
      tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized,
      tokens[k - 1].lower.hasSuffix("ed") || Self.nounModifiers.contains(tokens[k - 1].lower)
    {
      return nil
    }
    // "state Sen. Ana Ruiz", "state Rep.", "state legislators": "state" names a level of government.
    if t.lower == "state", k + 1 < tokens.count,
      tokens[k + 1].classes.contains(.titles) || Self.stateBodies.contains(tokens[k + 1].lower)
    {
      return nil
    }
    if t.lower == "according" {
      guard next == "to" else { return nil }
      return (k..<(k + 2), CueEntry(lemma: "according to", particle: "to", frame: .speech))
    }
    let entries = CueLexicon.shared.entries(for: t.lower)
    guard !entries.isEmpty else { return nil }
    // "wrote in December", "wrote in a letter": the particle opens a phrase instead.
    let afterParticle = k + 2 < tokens.count ? tokens[k + 2] : nil
    let opensPhrase =
      afterParticle.map {
        $0.isCapitalized || $0.kind == .number || !$0.classes.isDisjoint(with: [.timeWords, .determiners])
      } ?? false
    // "went on: “…”" reports; "the Senate goes on recess" does not.
    if let phrasal = entries.first(where: { $0.particle == next }), !(next == "in" && opensPhrase),
      !(phrasal.lemma == "go on" && afterParticle.map { $0.kind == .word && $0.lower != "to" } ?? false)
    {
      return (k..<(k + 2), phrasal)
    }
    guard let plain = entries.first(where: { $0.particle == nil }) else { return nil }
    return (k..<(k + 1), plain)
  }

  /// The speaker phrase that ends just before a cue: "Okafor said", "she also
  /// said", "Okafor, the party's leader, said", "Okafor, who …, said".
  func speaker(before cueStart: Int, floor: Int, insideQuote: Bool = false) -> SpeakerMention? {
    var k = cueStart - 1
    var skipped = 0
    while k >= floor, skipped < 3, tokens[k].kind == .word, !tokens[k].isCapitalized,
      tokens[k].classes.contains(.cueModifiers) || tokens[k].lower.hasSuffix("ly")
    {
      k -= 1
      skipped += 1
    }
    guard k >= floor, insideQuote || !isQuoted(k) else { return nil }
    if let relative = relativeClauseSpeaker(endingAt: k, floor: floor, cue: cueStart) { return relative }
    // "People who know him": a relative pronoun the rule above turned down is no speaker.
    if tokens[k].lower == "who", k > floor, tokens[k - 1].kind == .word, cue(at: cueStart)?.entry.lemma == "know" {
      return nil
    }
    if let phrase = timePhraseStart(endingAt: k, floor: floor), phrase > floor, skipped == 0 {
      // "An ad released Thursday accuses …": a participle dates the subject.
      if phrase - 1 > floor, Self.publishingParticiples.contains(tokens[phrase - 1].lower) {
        return speaker(before: phrase - 1, floor: floor, insideQuote: insideQuote)
      }
      let found = speaker(before: phrase, floor: floor, insideQuote: insideQuote)
      // "voters going to the polls Tuesday say", "on Super Tuesday": before a
      // lone weekday, a phrase after a preposition is no subject.
      if phrase == k, let start = found?.tokens.lowerBound, start - 1 >= floor,
        tokens[start - 1].classes.contains(.prepositions)
      {
        return nil
      }
      return found
    }
    // "Ana Ruiz Jr. said": the suffix's full stop belongs to the name.
    if k - 1 >= floor, tokens[k].isPunct("."), !tokens[k].spaceBefore, tokens[k - 1].classes.contains(.nameSuffixes) {
      k -= 1
    }
    let start = sentenceStart(of: k)
    let t = tokens[k]
    // "she’s said", "they’ve argued": a pronoun and its contracted "has" or
    // "have" before a past participle ("it’s said" is a passive).
    // "he’s predicting", "they’re saying": "is" and "are" before a participle.
    let progressive =
      tokens[cueStart].lower.hasSuffix("ing") && Self.progressiveContractions.contains(t.lower)
    if t.kind == .word, k + 1 == cueStart, Self.perfectContractions.contains(t.lower) || progressive,
      tokens[cueStart].lower == "said" || tokens[cueStart].lower == "told" || tokens[cueStart].lower.hasSuffix("ed")
        || progressive
    {
      return SpeakerMention(kind: .pronoun, tokens: k..<(k + 1))
    }
    if isDash(k) || (tokens[k].isPunct("-") && k > floor && isDash(k - 1)),
      let found = dashedSpeaker(closingDash: k, floor: floor, sentenceStart: start)
    {
      return found
    }
    if t.lower == "who" || t.lower == "which", k - 2 >= floor, tokens[k - 1].first == "," {
      // "The guild, which says": an organisation or a document speaks too.
      // "a statement released on Thursday, which said": a dated record.
      var m =
        reader.mention(endingAt: k - 2, floor: floor, sentenceStart: start)
        ?? (t.lower == "which" && timePhraseStart(endingAt: k - 2, floor: floor) != nil
          ? speaker(before: k - 1, floor: floor) : nil)
      if t.lower == "which", m?.kind == .pronoun || m?.kind == .name { return nil }
      m?.pointer = k..<(k + 1)
      return m
    }
    if t.kind == .punct, t.first == ")" {
      var j = k - 1
      while j > floor, tokens[j].first != "(", k - j < 12 { j -= 1 }
      guard j > floor, tokens[j].first == "(" else { return nil }
      return reader.mention(endingAt: j - 1, floor: floor, sentenceStart: start)
    }
    if t.kind == .punct, t.first == "," {
      // "Others, however, say": an adverb between commas is skipped.
      if k - 3 >= floor, tokens[k - 2].isPunct(","), Self.interjectedAdverbs.contains(tokens[k - 1].lower) {
        return speaker(before: k - 2, floor: floor, insideQuote: insideQuote)
      }
      if let found = speakerBeforeAside(closingComma: k, floor: floor, sentenceStart: start) { return found }
      if let found = appositiveSpeaker(closingComma: k, floor: floor, sentenceStart: start) { return found }
      // "Cllr Jack Obi (Labour), said": a stray comma after the party's bracket.
      guard k - 1 > floor, tokens[k - 1].isPunct(")"),
        let open = (max(floor, k - 7)..<(k - 1)).last(where: { tokens[$0].isPunct("(") }), open - 1 >= floor,
        tokens[open - 1].isCapitalized,
        (open + 1..<(k - 1)).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].kind == .punct })
      else { return nil }
      return speaker(before: k, floor: floor, insideQuote: insideQuote)
    }
    // "those surveyed say", "voters polled in May said": the people asked.
    if Self.askedParticiples.contains(t.lower), k - 1 >= floor {
      if tokens[k - 1].lower == "those" || tokens[k - 1].lower == "people" {
        return SpeakerMention(kind: .group, tokens: (k - 1)..<(k + 1))
      }
      if let m = reader.mention(endingAt: k - 1, floor: floor, sentenceStart: start), m.kind == .group {
        return SpeakerMention(kind: .group, tokens: m.tokens.lowerBound..<(k + 1))
      }
    }
    // "Several said …", "Yet another said, “…”": a quantifier standing alone.
    if Self.quantifierSpeakers.contains(t.lower), k == floor || !tokens[k - 1].classes.contains(.determiners) {
      return SpeakerMention(kind: t.lower == "another" ? .description : .group, tokens: k..<(k + 1))
    }
    // "One said …", "Neither said …", "The other said …": one of people just named.
    if Self.singularQuantifiers.contains(t.lower), k + 1 == cueStart {
      if t.lower == "other" {
        guard k - 1 >= floor, tokens[k - 1].lower == "the" else { return nil }
        return SpeakerMention(kind: .description, tokens: (k - 1)..<(k + 1))
      }
      if k == floor || !tokens[k - 1].classes.contains(.determiners) {
        return SpeakerMention(kind: .description, tokens: k..<(k + 1))
      }
    }
    guard let m = reader.mention(endingAt: k, floor: floor, sentenceStart: start) else {
      return countedSpeaker(endingAt: k, floor: max(floor, start), cue: cueStart)
        ?? bareRoleSpeaker(endingAt: k, floor: max(floor, start))
    }
    return speaker(locatedBy: m, floor: floor, sentenceStart: start)
      ?? speaker(postmodifiedBy: m, floor: floor, sentenceStart: start)
      ?? speaker(representing: m, floor: floor, sentenceStart: start) ?? m
  }

  /// "Officials in Lagos said", "Okafor in Accra said": the name after "in"
  /// says where the speaker is; the speaker is the phrase before it. So
  /// with "of" after a group or a description: "supporters of Ana Ruiz say".
  private func speaker(locatedBy m: SpeakerMention, floor: Int, sentenceStart: Int) -> SpeakerMention? {
    let p = m.tokens.lowerBound - 1
    guard m.kind != .pronoun, p - 1 >= floor, tokens[p].kind == .word,
      Self.placePrepositions.contains(tokens[p].lower) || tokens[p].lower == "of",
      var outer = reader.mention(endingAt: p - 1, floor: floor, sentenceStart: sentenceStart),
      outer.kind != .organisation || !tokens[outer.tokens.lowerBound].isCapitalized,
      // "Republicans in the legislature said": a plural of people may be
      // placed by any phrase; others only by a name or an institution.
      m.kind == .name || m.kind == .organisation || (outer.kind == .group && tokens[p].lower != "of"),
      // "supporters of Ana Ruiz say", "the mother of the captain said": only people belong to a name.
      // ("Chairman of the Harbour Authority Jonas Eriksen" is a role before a name.)
      tokens[p].lower != "of"
        || (outer.kind == .group || outer.kind == .description)
          && tokens[p - 1].classes.isDisjoint(with: .role) && !tokens[p - 1].isCapitalized
    else { return nil }
    if outer.kind == .group || outer.kind == .description {
      outer.tokens = outer.tokens.lowerBound..<m.tokens.upperBound
    }
    return outer
  }

  /// Participles that date a document: "a report published Tuesday".
  static let publishingParticiples: WordSet = [
    "released", "published", "issued", "posted", "aired", "filed", "unveiled", "circulated", "sent", "broadcast",
  ]

  static let placePrepositions: WordSet = ["in", "from", "across", "outside", "near", "throughout"]

  /// "Okafor, a former minister, said", "Okafor, 49, a farmer from Ohio, said",
  /// "Okafor, who ran in 2012, said": the phrase before the appositives.
  private func appositiveSpeaker(closingComma: Int, floor: Int, sentenceStart: Int) -> SpeakerMention? {
    var close = closingComma
    var roleEnd = closingComma
    for _ in 0..<3 {
      var j = close - 1
      while j > floor, closingComma - j < 40, tokens[j].first != "," || tokens[j].kind != .punct || isQuoted(j) {
        // A quoted title inside the appositive ("co-author of “Going Viral,”") is skipped.
        if isTerminal(j) && !isQuoted(j) { return nil }
        j -= 1
      }
      guard j > floor, tokens[j].first == ",", j + 1 < close else {
        // "The guild, which backed the strike, said": the phrase before the clause.
        guard roleEnd != closingComma, close - 1 >= floor,
          let m = reader.mention(endingAt: close - 1, floor: floor, sentenceStart: sentenceStart), m.kind != .pronoun
        else { return nil }
        return m
      }
      if tokens[j + 1].lower == "which" || tokens[j + 1].lower == "whose" {
        // "Ana Ruiz, head of the guild, which backed the strike, said": the
        // clause describes the appositive before it, which may name the speaker.
        guard close == closingComma else { return nil }
        close = j
        roleEnd = j
        continue
      }
      // "the party's nominee, Ana Ruiz, said": the name between the commas.
      // "The head of the Velmar Port Authority, Ana Ruiz, said": an
      // institution after "of" is part of the description.
      if close == closingComma,
        var name = nameWithOrigin(from: j + 1, to: closingComma),
        let description = reader.mention(endingAt: j - 1, floor: floor, sentenceStart: sentenceStart),
        description.kind == .description
          || (description.kind == .organisation && description.tokens.lowerBound - 1 > floor
            && tokens[description.tokens.lowerBound - 1].lower == "of")
      {
        name.appositive = description.tokens
        return name
      }
      // "Another pollster, Ana Ruiz of Lagos University, said": a noun the
      // lexicon lacks before the name.
      if close == closingComma, j - 1 >= floor, tokens[j - 1].kind == .word, !tokens[j - 1].isCapitalized,
        tokens[j - 1].classes.isDisjoint(with: [.functionWords, .prepositions, .pronouns, .cue, .timeWords]),
        j - 2 >= floor, tokens[j - 2].kind == .word,
        let name = nameWithOrigin(from: j + 1, to: closingComma)
      {
        return name
      }
      // "Sen. Ana Ruiz (D-Ohio), who …, said": the bracket belongs to the name.
      var last = j - 1
      if tokens[last].isPunct(")"), let open = (max(floor, last - 8)..<last).last(where: { tokens[$0].isPunct("(") }) {
        last = open - 1
      }
      if last >= floor, var m = reader.mention(endingAt: last, floor: floor, sentenceStart: sentenceStart),
        m.kind == .name || m.kind == .organisation || m.kind == .pronoun
          || (m.kind != .description && Self.asideOpeners.contains(tokens[j + 1].lower))
          || (m.kind == .description && opensIndefiniteAside(j + 1) && opensSentence(m.tokens.lowerBound)),
        !isInOpeningPhrase(m.tokens.lowerBound, sentenceStart: sentenceStart)
      {
        m.appositive = (j + 1)..<roleEnd
        return m
      }
      // "One docker, who asked not to be named, said": "who" makes whatever
      // phrase stands before the clause a person, described or counted. So
      // does a participle phrase: "Two officials, speaking on condition of
      // anonymity, said", "The pilot, asked about the delay, said".
      if isSpeakerAside(j + 1), close == closingComma, j - 1 >= floor, tokens[j - 1].kind == .word,
        var m = speaker(before: j, floor: floor),
        tokens[j + 1].lower == "who" || opensSentence(m.tokens.lowerBound)
      {
        m.appositive = (j + 1)..<roleEnd
        return m
      }
      close = j
    }
    return nil
  }

  /// "The mayor, a Democrat, said", "The pilot, 52, said": an indefinite
  /// phrase or an age describes the person before it. ("The mayor, the
  /// governor and …" is a list.)
  private func opensIndefiniteAside(_ k: Int) -> Bool {
    tokens[k].lower == "a" || tokens[k].lower == "an" || tokens[k].kind == .number
  }

  /// "In Port Ellis, Okafor …", "Here in Port Ellis, …": a name after a
  /// preposition that opens the sentence is a place or time, not a subject
  /// with an appositive.
  private func isInOpeningPhrase(_ k: Int, sentenceStart: Int) -> Bool {
    let p = k - 1
    guard p >= sentenceStart, Self.openingPlacePrepositions.contains(tokens[p].lower) else { return false }
    return p == sentenceStart || (p == sentenceStart + 1 && Self.placeAdverbs.contains(tokens[sentenceStart].lower))
  }

  static let openingPlacePrepositions: WordSet = ["in", "at", "on", "from", "near", "outside", "inside", "across"]
  static let placeAdverbs: WordSet = ["here", "there", "back", "out", "over", "up", "down", "elsewhere"]

  /// Whether `k` opens its sentence, after a leading "But" or "And" at most:
  /// a participle aside describes a subject there ("Two officials, speaking
  /// …, said"), while after a clause it goes on with that clause ("…,
  /// forcing the port to close, said Okafor").
  private func opensSentence(_ k: Int) -> Bool {
    let start = sentenceStart(of: k)
    return k == start || (k == start + 1 && ["but", "and"].contains(tokens[start].lower))
  }

  /// Whether the phrase opening at `k`, set off by commas before a cue,
  /// describes the speaker rather than naming them: a "who" clause, or a
  /// participle such as "speaking", "citing" or "asked".
  private func isSpeakerAside(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, !t.isCapitalized else { return false }
    if t.lower == "who" || t.lower == "asked" { return true }
    // "The aides, led by …, told", "Ruiz, flanked by dockers, said".
    if t.lower == "led" || t.lower.hasSuffix("ed"), k + 1 < tokens.count, tokens[k + 1].lower == "by" { return true }
    return t.lower.hasSuffix("ing") && t.lower.utf8.count > 5 && !Self.asideOpeners.contains(t.lower)
      && t.classes.isDisjoint(with: [.functionWords, .prepositions, .timeWords, .determiners])
  }

  /// "said the clerk.", "said two night-shift workers,": a determiner and a few
  /// plain words that end the clause, with a head noun the lexicon lacks.
  private func plainDescription(at position: Int, ceiling: Int) -> SpeakerMention? {
    guard position < ceiling, tokens[position].classes.contains(.determiners) else { return nil }
    var k = position + 1
    // "said the 46-year-old": an age stands for the person.
    func plain(_ t: Token) -> Bool {
      if t.kind == .number { return t.lower.contains("-") }
      // "a Monday column": a day may qualify the noun.
      if t.kind == .word, t.classes.contains(.timeWords), !t.classes.contains(.prepositions) { return true }
      return t.kind == .word && !t.isCapitalized
        && t.classes.isDisjoint(with: [.functionWords, .pronouns, .prepositions, .cue, .determiners])
    }
    // "said a person familiar with the talks": the phrase after the noun is read later.
    func postmodified(_ k: Int) -> Bool {
      k + 1 < ceiling && Self.postmodifiers[tokens[k].lower]?.contains(tokens[k + 1].lower) == true
    }
    while k < ceiling, k - position <= 4, plain(tokens[k]), !postmodified(k) {
      k += 1
    }
    // "said an editorial in the Harbour Times": a phrase of place may follow.
    let placed = k < ceiling && ["in", "at", "from", "on", "for"].contains(tokens[k].lower)
    guard k > position + 1, k == ceiling || tokens[k].kind == .punct || placed || postmodified(k) else { return nil }
    let plural = tokens[k - 1].lower.hasSuffix("s") || tokens[k - 1].lower.hasSuffix("men")
    return SpeakerMention(kind: plural ? .group : .description, tokens: position..<k, role: position..<k)
  }

  /// "tweeted another.", "said one,": a quantifier alone closing the clause.
  private func loneQuantifier(at position: Int, ceiling: Int) -> SpeakerMention? {
    guard position < ceiling,
      Self.quantifierSpeakers.contains(tokens[position].lower) || tokens[position].lower == "one",
      position + 1 == ceiling || tokens[position + 1].kind == .punct
    else { return nil }
    let kind: MentionKind =
      tokens[position].lower == "another" || tokens[position].lower == "one" ? .description : .group
    return SpeakerMention(kind: kind, tokens: position..<(position + 1))
  }

  /// "said longtime lobbyist Ana Ruiz": lower-case words the lexicon does not
  /// know, then a name; the words are the role.
  private func describedName(at position: Int, ceiling: Int) -> SpeakerMention? {
    var k = position
    while k < ceiling, k - position < 3, tokens[k].kind == .word, !tokens[k].isCapitalized,
      tokens[k].classes.isDisjoint(with: [.functionWords, .pronouns, .prepositions, .cue])
    {
      k += 1
    }
    guard k > position, k < ceiling, reader.isNameToken(k), tokens[k].isCapitalized,
      let name = reader.mention(startingAt: k, ceiling: ceiling), name.kind == .name
    else { return nil }
    return SpeakerMention(kind: .name, tokens: position..<name.tokens.upperBound, name: name.name, role: position..<k)
  }

  /// The speaker phrase right after a cue: "said Okafor", "said the ministry".
  func speaker(after position: Int, ceiling: Int) -> SpeakerMention? {
    guard position < ceiling else { return nil }
    guard
      var m = reader.mention(startingAt: position, ceiling: ceiling) ?? describedName(at: position, ceiling: ceiling)
        ?? plainDescription(at: position, ceiling: ceiling) ?? loneQuantifier(at: position, ceiling: ceiling)
    else { return nil }
    if m.kind == .description || m.kind == .group,
      let end = postmodifierEnd(after: m.tokens.upperBound, ceiling: ceiling)
    {
      m.tokens = m.tokens.lowerBound..<end
    }
    let end = m.tokens.upperBound
    if end + 1 < ceiling, tokens[end].first == ",", tokens[end].kind == .punct {
      var j = end + 1
      while j < ceiling, tokens[j].first != ",", !isTerminal(j), j - end < 20 { j += 1 }
      if j > end + 1, let w = tokens[end + 1].kind == .word ? tokens[end + 1].lower : nil,
        Lexicon.determiners.contains(w) || Lexicon.titles.contains(w)
      {
        m.appositive = (end + 1)..<j
      }
    }
    return m
  }
}

extension Analysis {
  static let interjectedAdverbs: WordSet = [
    "however", "though", "too", "also", "meanwhile", "instead", "moreover", "therefore", "nonetheless", "in",
  ]

  /// Words that open an aside about a group: "economists, like their
  /// rivals, say", "residents, including two council members, said".
  static let asideOpeners: WordSet = ["like", "unlike", "including", "such", "especially", "particularly"]

  static let stateBodies: WordSet = [
    "legislators", "lawmakers", "legislature", "house", "senate", "assembly", "officials", "agencies", "party",
    "parties", "government", "governments", "law", "laws", "level", "capitol", "budget", "election", "elections",
  ]

  static let askedParticiples: WordSet = ["surveyed", "polled", "interviewed", "questioned", "asked", "contacted"]

  static let progressiveContractions: WordSet = [
    "he's", "she's", "they're", "we're", "i'm", "you're", "he’s", "she’s", "they’re", "we’re", "i’m", "you’re",
  ]

  static let perfectContractions: WordSet = [
    "he's", "she's", "they've", "we've", "i've", "who's", "you've", "he’s", "she’s", "they’ve", "we’ve", "i’ve",
    "who’s", "you’ve",
  ]

  /// Words that stand for one person of a pair or a group just named, with
  /// a singular verb: "One said", "Each says", "The other added".
  static let singularQuantifiers: WordSet = ["another", "each", "either", "neither", "one", "other"]

  static let quantifierSpeakers: WordSet = [
    "several", "many", "some", "others", "most", "another", "both", "few", "all",
  ]

  /// Present forms of cues that are nouns as often as verbs.
  static let nounLikeCues: WordSet = [
    "report", "reports", "claim", "claims", "note", "notes", "comment", "comments", "estimate", "estimates",
    "statement", "tweet", "tweets", "post", "posts", "reply", "replies", "answer", "answers", "warning", "warnings",
  ]

  /// Verbs of answering that news also uses as nouns: "a sharp retort".
  static let retortNouns: WordSet = ["retort", "rejoinder", "quip", "response", "reminder", "plea", "boast"]

  static let possessivePronouns: WordSet = ["his", "her", "their", "its", "our", "my", "your"]

  /// Adjectives that stand between a possessive pronoun and a noun.
  static let nounModifiers: WordSet = [
    "recent", "latest", "earlier", "previous", "first", "final", "initial", "public", "own", "many", "opening",
    "closing",
  ]

  /// Singular cue forms that are also nouns in compounds ("the TV show", "a Senate report").
  static let compoundNounCues: WordSet = [
    "report", "claim", "note", "comment", "estimate", "statement", "tweet", "post", "reply", "answer", "show",
    "call", "promise", "pledge", "vow", "demand", "question", "challenge", "forecast", "charge", "warning",
  ]

  /// Auxiliaries and modals, which seldom follow a verb of saying directly.
  static let verbAuxiliaries: WordSet = [
    "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "shall",
  ]

  /// Whether a word reads as a past-tense verb: "held", "voted".
  static func pastVerbs(_ word: String) -> Bool {
    (word.hasSuffix("ed") && word.utf8.count > 4) || ["held", "won", "lost", "took", "made", "ran"].contains(word)
  }

  /// Words whose "’s" is "has" or "is", never a possessive.
  static let contractingWords: WordSet = [
    "he", "she", "it", "who", "that", "there", "what", "where", "here", "everyone", "nobody", "someone",
  ]
}
