extension EventFinder {
  /// The actor an action goes to when its object names a thing: the first
  /// actor-like phrase after a preposition further on ("demanded an
  /// explanation from Y", "provided aid to Y"); mutual actions prefer a "with"
  /// partner even after an actor object.
  func recipient(after object: Range<Int>, ceiling: Int, type: EventType) -> Range<Int>? {
    let objectIsActor =
      isActorLike(object) && !isOwnForces(object) && !isUndertaking(object, type: type) && !isCreated(object)
    if type == .accuse, let accused = accused(beyond: object, ceiling: ceiling) { return accused }
    // "set up a centre for refugees in Iraq": what is built goes to a place.
    if isCreated(object) { return actorPhrase(after: object.upperBound, ceiling: ceiling, among: ["in"], window: 18) }
    // "resigned as president of Indonesia": one leaves the office of a place or body.
    if type == .retreat, object.upperBound < ceiling, tokens[object.upperBound].lower == "as",
      let office = actorPhrase(after: object.upperBound + 1, ceiling: ceiling, among: ["of"], window: 6)
    {
      return office
    }
    if type == .protest, !objectIsActor, let ousted = demandedDownfall(after: object.upperBound, ceiling: ceiling) {
      return ousted
    }
    // Some actions name their other side by one preposition: aid goes "to",
    // withdrawal is "from", a protest is "against", forces move "in" or "along".
    if let preferred = Self.preferredPrepositions[type],
      let phrase = actorPhrase(after: object.upperBound, ceiling: ceiling, among: preferred)
    {
      return destination(after: phrase, ceiling: ceiling) ?? phrase
    }
    // "withdraw its troops from a zone along the border": forces leave a place,
    // which is what the withdrawal is aimed at even when it names no actor.
    if type == .retreat, isOwnForces(object), object.upperBound < ceiling, tokens[object.upperBound].lower == "from",
      let place = self.object(from: object.upperBound + 1, ceiling: ceiling, stopAtOf: false)
    {
      return place
    }
    if objectIsActor && !Self.mutualTypes.contains(type) {
      return destination(after: object, ceiling: ceiling, throughMission: true)
    }
    // A thing given or taken ("6.3 million euros", "its troops") often
    // names its recipient late in the clause.
    if let phrase = actorPhrase(
      after: object.upperBound, ceiling: ceiling, among: objectIsActor ? ["with"] : Self.anyPreposition,
      window: objectIsActor ? 10 : 18)
    {
      return destination(after: phrase, ceiling: ceiling) ?? phrase
    }
    return destination(after: object, ceiling: ceiling, throughMission: objectIsActor)
  }

  /// "complained to the UN over Israeli raids", "filed a complaint with the
  /// council against Y": the one an accusation is addressed to is its
  /// audience. The accused follows "against", "over" or, for a deed
  /// ("crimes committed by Y"), "by".
  func accused(beyond object: Range<Int>, ceiling: Int) -> Range<Int>? {
    let audience = object.lowerBound > 0 && ["to", "with"].contains(tokens[object.lowerBound - 1].lower)
    guard audience || !isActorLike(object) else { return nil }
    return actorPhrase(after: object.upperBound, ceiling: ceiling, among: ["against", "over", "by"])
  }

  /// "rioted, calling for the removal of President Y": a protest is aimed at
  /// the one whose fall or release it demands, within twenty words.
  func demandedDownfall(after start: Int, ceiling: Int) -> Range<Int>? {
    var j = start
    while j + 2 < min(ceiling, start + 20) {
      if tokens[j].isPunct(";") || tokens[j].kind == .quote { return nil }
      if Self.downfallNouns.contains(tokens[j].lower), tokens[j + 1].lower == "of",
        let who = object(from: j + 2, ceiling: ceiling, stopAtOf: true), isActorLike(who)
      {
        return who
      }
      j += 1
    }
    return nil
  }

  static let downfallNouns: WordSet = [
    "removal", "resignation", "ouster", "overthrow", "downfall", "release", "dismissal", "impeachment",
  ]

  /// The first actor-like phrase after one of `prepositions`, within
  /// `window` words (ten by default) and the same clause.
  func actorPhrase(after start: Int, ceiling: Int, among prepositions: WordSet, window: Int = 10) -> Range<Int>? {
    var j = start
    while j < min(ceiling, start + window) {
      let w = tokens[j].lower
      // "granted X to delay Brexit": "to" before a verb opens no recipient.
      let infinitive = w == "to" && j + 1 < ceiling && isBareVerb(j + 1) && !tokens[j + 1].isCapitalized
      if prepositions.contains(w), !infinitive, j + 1 < ceiling,
        let phrase = object(from: j + 1, ceiling: ceiling, stopAtOf: false),
        isActorLike(phrase)
      {
        return phrase
      }
      // "personnel such as doctors to Nepal": "such as" gives examples, not a clause.
      let example = w == "as" && j > 0 && tokens[j - 1].lower == "such"
      if tokens[j].isPunct(";") || tokens[j].kind == .quote || (Self.recipientStops.contains(w) && !example) {
        return nil
      }
      // "attacked the deal, calling it a disaster for workers" ("including" does not).
      // "released 40 activists, bringing to 79 the number freed": any participle
      // after a comma opens another clause.
      if tokens[j].isPunct(","), j + 1 < ceiling, !tokens[j + 1].isCapitalized, tokens[j + 1].lower.hasSuffix("ing"),
        !["including", "according"].contains(tokens[j + 1].lower)
      {
        return nil
      }
      j += 1
    }
    return nil
  }

  static let preferredPrepositions: [EventType: WordSet] = [
    .aid: ["to"], .retreat: ["from"], .protest: ["against"], .consult: ["with"], .cooperate: ["with"],
    .mobilize: ["against", "in", "to", "along", "near", "into", "for"],
  ]

  static let anyPreposition: WordSet = [
    "to", "with", "against", "on", "into", "of", "from", "for", "in", "toward", "towards", "by",
  ]

  /// Whether a phrase names someone: a name, a demonym, or a noun of people
  /// or institutions.
  func isActorLike(_ range: Range<Int>) -> Bool {
    range.contains { k in
      let t = tokens[k]
      if t.isCapitalized
        && (k > analysis.sentenceStart(of: k) || t.classes.isDisjoint(with: [.functionWords, .determiners]))
      {
        return true
      }
      // "pardoned him": a personal pronoun stands for someone.
      if ["him", "her", "them", "us", "me"].contains(t.lower) { return true }
      // "a general strike": lower-case "general" before a noun is an adjective.
      if t.lower == "general", k + 1 < range.upperBound, !tokens[k + 1].isCapitalized { return false }
      return t.classes.contains(.eventSector) || t.classes.contains(.eventPeople)
        || t.classes.contains(.demonyms) || t.classes.contains(.particleName)
        || !t.classes.isDisjoint(with: [.groupNouns, .personNouns, .organisationNouns])
    }
  }

  /// "contribute to the peacekeeping operation in Georgia", "support UN
  /// relief efforts in Yemen": help given to an undertaking is help for the
  /// place it serves, even when the phrase names a body ("UN"). Hostile acts
  /// on a mission ("attacked the UN mission") still hit the mission.
  func isUndertaking(_ range: Range<Int>, type: EventType) -> Bool {
    guard Self.helpingTypes.contains(type), let head = range.last, !tokens[head].isCapitalized else { return false }
    // "Turkey's efforts": an owned undertaking stands for its owner.
    let owned = range.contains {
      tokens[$0].classes.contains(.possessive) || Lexicon.possessives.contains(tokens[$0].lower)
    }
    return !owned && Self.undertakingNouns.contains(tokens[head].lower)
  }

  static let helpingTypes: Set<EventType> = [.agree, .support, .aid, .cooperate, .consult, .mobilize]

  static let undertakingNouns: WordSet = [
    "operation", "operations", "mission", "missions", "effort", "efforts", "programme", "programmes", "program",
    "programs", "project", "projects", "initiative", "initiatives", "reconstruction", "campaign",
  ]

  /// Words after which a later phrase belongs to another clause or role.
  static let recipientStops: WordSet = [
    "that", "which", "who", "but", "because", "after", "before", "as", "when", "while", "if", "since", "so",
    "said", "says", "told", "according", "following", "amid", "despite", "ahead", "unless", "until", "saying",
    "adding", "whether",
  ]
}

extension EventFinder {
  /// "carried out a raid, targeting militant commanders": a hostile act
  /// whose own phrase names no actor is aimed at the object of a following
  /// "targeting" or "aimed at", within twelve words of the same clause.
  func aimedAt(after start: Int, ceiling: Int, type: EventType) -> Range<Int>? {
    guard Self.hostileTypes.contains(type) else { return nil }
    var j = start
    while j < min(ceiling, start + 12) {
      let t = tokens[j]
      if t.isPunct(";") || t.kind == .quote { return nil }
      var objectStart: Int?
      if t.lower == "targeting" || t.lower == "targetting" {
        objectStart = j + 1
      } else if ["aimed", "directed"].contains(t.lower), j + 1 < ceiling, tokens[j + 1].lower == "at" {
        objectStart = j + 2
      }
      if let o = objectStart, o < ceiling, let phrase = object(from: o, ceiling: ceiling, stopAtOf: false),
        isActorLike(phrase)
      {
        return phrase
      }
      j += 1
    }
    return nil
  }

  static let hostileTypes: Set<EventType> = [.assault, .coerce, .threaten, .sanction, .mobilize]

  /// Whether the phrase names people rather than a thing: a name past the
  /// sentence's first word, a personal pronoun, or a people noun ("the
  /// hostages", "three aid workers"). A capitalised opener counts only when
  /// the reader takes it for a name ("Ruiz was freed"), not for a common
  /// word ("Figures released by the board").
  func isPersonLike(_ range: Range<Int>) -> Bool {
    // "three of the hostages": "of" keeps the people in the phrase; "a report
    // by the group" does not.
    let cut = range.dropFirst().first { Self.anyPreposition.contains(tokens[$0].lower) && tokens[$0].lower != "of" }
    return (range.lowerBound..<(cut ?? range.upperBound)).contains { k in
      let t = tokens[k]
      if t.isCapitalized {
        let start = analysis.sentenceStart(of: k)
        if k > start { return t.classes.isDisjoint(with: [.functionWords, .determiners]) }
        return analysis.reader.isNameToken(k) && !analysis.reader.isSentenceInitialCommon(k, sentenceStart: start)
          && (analysis.reader.isGivenName(t.lower) || (k + 1 < range.upperBound && tokens[k + 1].isCapitalized)
            || isCapitalizedElsewhere(t.lower, near: k))
      }
      if ["him", "her", "them", "us", "me"].contains(t.lower) || Self.captiveWords.contains(t.lower) { return true }
      // "fishermen", "crewmen": a plural of "-man" names people.
      if t.lower.hasSuffix("men"), t.lower.utf8.count > 4 { return true }
      return !t.classes.isDisjoint(with: [.eventPeople, .demonyms, .particleName, .groupNouns, .personNouns])
    }
  }

  /// Words that say someone was held: "the detained crew", "jailed activists".
  static let captiveWords: WordSet = [
    "detained", "jailed", "imprisoned", "kidnapped", "abducted", "captive", "captives", "held", "arrested",
  ]

  /// Whether the word is capitalised somewhere other than at a sentence's
  /// start: a proper name, not a common word opening a sentence. Run only
  /// for the rare freed opener, over the 3,000 words on either side so that
  /// a text of thousands of such sentences stays linear.
  private func isCapitalizedElsewhere(_ lower: String, near k: Int) -> Bool {
    (max(0, k - 3000)..<min(tokens.count, k + 3000)).contains { j in
      tokens[j].isCapitalized && tokens[j].lower == lower && j > analysis.sentenceStart(of: j)
    }
  }
}
