extension EventFinder {
  /// "X attacked Y", "X met with Y", "X urged Y to …", "X threatened to strike Y":
  /// the subject is the source, the object (if any) the target.
  func active(_ entry: TriggerEntry, _ k: Int, triggerEnd: Int, floor: Int, ceiling: Int) -> [EventDraft] {
    var evidence = "event.subject-verb-object"
    var found = subject(before: k, floor: floor)
    if entry.form == .gerund, k > floor,
      tokens[k - 1].isPunct(",") || tokens[k - 1].isPunct(")") || tokens[k - 1].classes.contains(.eventStatementNoun)
    {
      // "…, accusing Y of …", "issued a statement condemning Y": the sentence's subject acts,
      // which for a statement is the subject of the verb that issued it.
      if tokens[k - 1].classes.contains(.eventStatementNoun), let verb = governingVerb(ofNounAt: k - 1, floor: floor),
        let (subject, skipped) = subject(before: verb, floor: floor)
      {
        found = (subject, skipped)
      } else {
        found = openingSubject(floor: floor, before: k - 1).map { ($0, []) }
      }
      evidence = "event.participle-clause"
    }
    guard let (source, foundSkipped) = found, canHeadSubject(source) else { return [] }
    // "We’re warned …", "they’re attacked": a fused "be" makes the verb passive.
    if isFusedBe(source.upperBound - 1), source.upperBound == k, tokens[k].lower.hasSuffix("ed") { return [] }
    var skipped = foundSkipped
    if entry.lemma == "call", triggerEnd == k + 1 {
      // "call" without "on" or "for": only a phone call to someone with a title.
      return phoneCall(k, ceiling: ceiling, source: source, skipped: skipped)
    }
    // "President X arrived in Amman" is a visit; troops or refugees arriving are not.
    if entry.lemma == "arrive", !source.contains(where: { tokens[$0].classes.contains(.titles) }) {
      return forcesMoved(entry, k, forces: source, skipped: skipped, triggerEnd: k + 1, ceiling: ceiling)
    }
    // "the storm hit the coast", "the crisis hit exports": only an actor hits in an attack.
    if entry.lemma == "hit" {
      let named = source.contains {
        !tokens[$0].classes.isDisjoint(with: [.eventSector, .eventPeople, .demonyms, .places, .pronouns])
      }
      // "was hit by a storm" reads as a passive, which "hit" does not show by its form.
      guard named, !tokens[k - 1].classes.contains(.eventBeForm) else { return [] }
    }
    // "American troops have begun leaving Afghanistan": only forces leaving a place retreat.
    if entry.lemma == "leave", !isForces(source) { return [] }
    // "no country rallied": the subject's "no" negates the event.
    if tokens[source.lowerBound].lower == "no" { skipped.append("not") }
    let stopAtOf = entry.type == .accuse || entry.type == .sanction || entry.type == .coerce
    var objectStart = triggerEnd
    // "demanded Friday that …": a date between verb and object.
    while objectStart < ceiling, tokens[objectStart].classes.contains(.timeWords) || tokens[objectStart].lower == "on",
      !isAdverb(tokens[objectStart])
    {
      // "on Monday" only when a date follows "on"; "on" alone opens the object.
      if tokens[objectStart].lower == "on",
        !(objectStart + 1 < ceiling && tokens[objectStart + 1].classes.contains(.timeWords))
      {
        break
      }
      objectStart += 1
    }
    // "shot and killed 305 demonstrators": a second verb shares the object.
    if objectStart + 2 < ceiling, tokens[objectStart].lower == "and",
      tokens[objectStart + 1].classes.contains(.eventTrigger), !tokens[objectStart + 1].isCapitalized,
      tokens[objectStart + 1].lower.hasSuffix("ed") || Self.pastTenses.contains(tokens[objectStart + 1].lower)
    {
      objectStart += 2
    }
    // "took control of the city": the particle's "of" opens the object.
    if objectStart + 1 < ceiling, tokens[objectStart - 1].lower == "control", tokens[objectStart].lower == "of" {
      objectStart += 1
    }
    var target = object(from: objectStart, ceiling: ceiling, stopAtOf: stopAtOf)
    // "will receive his British counterpart": receiving someone is a meeting;
    // receiving aid or a letter is not (the noun's own reading covers it).
    if entry.lemma == "receive", !(target.map { isActorLike(headPart($0)) && !isThingReceived($0) } ?? false) {
      return []
    }
    if entry.lemma == "find", let guilty = particle(after: k, ceiling: ceiling, in: entry) {
      // "found Y guilty of …": the one found guilty stands before the particle.
      target = object(from: k + 1, ceiling: guilty, stopAtOf: false)
    }
    if target == nil, objectStart < ceiling, tokens[objectStart].lower == "that",
      [.request, .threaten, .accuse, .support].contains(entry.type)
    {
      // "demanded that the United States act": the clause's subject is asked;
      // "warned that clearing the backlog …" names no one.
      target = clauseSubject(from: objectStart + 1, ceiling: ceiling).flatMap { isActorLike(headPart($0)) ? $0 : nil }
    }
    if target == nil, triggerEnd + 1 < ceiling, tokens[triggerEnd].lower == "to", !opensPhrase(triggerEnd + 1) {
      // "threatened to strike Y": the target is the infinitive's object.
      target = object(from: triggerEnd + 2, ceiling: ceiling, stopAtOf: stopAtOf)
    }
    if let t = target, tokens[k].classes.contains(.eventLightVerb),
      t.contains(where: { actionNoun($0) != nil && governingVerb(ofNounAt: $0, floor: floor) == k })
    {
      // "signed an agreement with Y": the noun's event says it better.
      return []
    }
    // "released a statement", "released its figures": a thing made public,
    // not people set free.
    if entry.lemma == "release", let t = target, t.contains(where: { Self.publishedThings.contains(tokens[$0].lower) })
    {
      return []
    }
    // "Iran and Iraq met": a joint act of coordinated subjects looks no further.
    let jointSubjects = Self.mutualTypes.contains(entry.type) && conjuncts(source).count > 1
    // "will release two guards … to the Red Cross": people set free are
    // the target; only things released go on to whoever receives them.
    let releasedPeople =
      entry.lemma == "release"
      && target.map { t in
        t.contains {
          tokens[$0].kind == .number || Self.numberWords.contains(tokens[$0].lower)
            || !tokens[$0].classes.isDisjoint(with: [.eventPeople, .personNouns, .demonyms, .particleName])
        }
      } ?? false
    if !releasedPeople, let t = target ?? .some(k..<triggerEnd), !isActorLike(t),
      let aimed = aimedAt(after: t.upperBound, ceiling: ceiling, type: entry.type)
    {
      target = aimed
    } else if !releasedPeople, !jointSubjects, !Self.directAid.contains(entry.lemma),
      let t = target ?? .some(k..<triggerEnd),
      let later = recipient(after: t, ceiling: ceiling, type: entry.type)
    {
      // "provided aid to Y", "agreed to join a government with Y": the thing given
      // or done is not an actor; the one it goes to is.
      target = later
    }
    if target == nil, let owner = ownerInsideTrigger(k, triggerEnd: triggerEnd) { target = owner }
    if let t = target, let place = placeOfCasualties(t, ceiling: ceiling) { target = place }
    if target.map({ !isActorLike($0) }) ?? true, let condition = conditionSubject(after: triggerEnd) {
      // "will not lift the embargo until Vietnam …": the one whose act is awaited.
      target = condition
    }
    if Self.givingBack.contains(entry.lemma), !releasedPeople, let t = target,
      let receiver = actorPhrase(
        after: t.upperBound, ceiling: ceiling, among: ["to"], window: entry.type == .coerce ? 10 : 24)
    {
      // "returned the stolen paintings to the Italian government": the one it goes back to.
      // What is handed over is often described at length before "to".
      target = receiver
    }
    if let t = target, let named = namedApposition(after: t) { target = named }
    // "until a new government takes over": taking over nothing is coming to power.
    if entry.lemma == "take", target == nil { return [] }
    // "gave a speech" is no aid: "give" counts only with someone it goes to.
    if entry.lemma == "give", target.map({ !isActorLike($0) }) ?? true { return [] }
    // "trained as a lawyer", "trained hackers able to …": training is aid
    // only to the forces or people named as its object.
    if Self.directAid.contains(entry.lemma), target.map({ !isActorLike($0) }) ?? true { return [] }
    var draft = EventDraft(
      type: entry.type, mode: entry.mode, source: source, target: target, trigger: k..<triggerEnd,
      modality: modality(skipped, at: k, floor: floor), evidence: evidence)
    if isLabourStrike(entry, source: source, target: target) {
      draft.type = .protest
      draft.mode = "strike"
    }
    negatedCooperation(&draft)
    applyCodebook(&draft)
    return coordinated(draft)
  }

  static let mutualTypes: Set<EventType> = [.agree, .consult, .cooperate]

  /// "the dockers' members would strike if …": workers or their union
  /// striking nothing stop work; they attack no one.
  func isLabourStrike(_ entry: TriggerEntry, source: Range<Int>, target: Range<Int>?) -> Bool {
    guard entry.lemma == "strike", entry.type == .assault, target == nil else { return false }
    return source.contains {
      ActorLexicon.sectors[tokens[$0].lower] == "LAB" || Self.workingPeople.contains(tokens[$0].lower)
    }
  }

  /// People who go on strike, besides the labour words of the actor lexicon.
  static let workingPeople: WordSet = [
    "members", "staff", "teachers", "nurses", "doctors", "dockers", "drivers", "crews", "crew", "porters",
  ]

  /// Aid given straight to its object: "trained the new pilots", "equipped the rebels".
  static let directAid: WordSet = ["train", "equip"]

  /// "violated South Sudan’s ceasefire": when a phrase trigger takes in its
  /// object, the object's owner is the one the act is aimed at.
  func ownerInsideTrigger(_ k: Int, triggerEnd: Int) -> Range<Int>? {
    guard
      let owner = (k + 1..<triggerEnd).first(where: {
        tokens[$0].classes.contains(.possessive) && tokens[$0].isCapitalized
      })
    else { return nil }
    var start = owner
    while start - 1 > k, tokens[start - 1].isCapitalized { start -= 1 }
    return start..<(owner + 1)
  }

  /// Verbs of handing someone or something over, whose "to" names the receiver.
  static let publishedThings: WordSet = [
    "statement", "statements", "report", "reports", "video", "videos", "footage", "letter", "letters", "data",
    "figures", "results", "details", "documents", "records", "transcript", "plan", "budget", "list", "poll",
    "survey", "photo", "photos", "images", "album", "book", "memo", "emails", "ad", "ads", "version", "findings",
  ]

  static let givingBack: WordSet = ["return", "extradite", "deport", "release", "hand", "surrender", "cede"]

  /// The noun entry of an action noun at `k`, if the token is one.
  func actionNoun(_ k: Int) -> TriggerEntry? {
    guard tokens[k].classes.contains(.eventTrigger) else { return nil }
    return TriggerLexicon.shared.entries[tokens[k].lower]?.first { $0.part == .noun && $0.particles.isEmpty }
  }

  /// The subject of an "until" or "unless" clause shortly after the verb,
  /// when it names an actor ("will not end the strike until the authorities
  /// meet its demands"), or the agent of a passive there.
  func conditionSubject(after k: Int) -> Range<Int>? {
    let end = analysis.sentences[analysis.sentenceOf[min(k, tokens.count - 1)]].tokens.upperBound
    var j = k
    while j < min(end, k + 12) {
      if tokens[j].lower == "until" || tokens[j].lower == "unless" {
        if let subject = clauseSubject(from: j + 1, ceiling: end), isActorLike(subject),
          !tokens[subject.lowerBound].classes.contains(.pronouns)
        {
          return subject
        }
        // "until their demands are met by the authorities": the passive's agent.
        guard let by = (j + 1..<min(end, j + 12)).first(where: { tokens[$0].lower == "by" }),
          let agent = object(from: by + 1, ceiling: end, stopAtOf: false), isActorLike(agent)
        else { return nil }
        return agent
      }
      if tokens[j].isPunct(";") || tokens[j].isPunct(".") { return nil }
      j += 1
    }
    return nil
  }

  /// The part of a phrase before its first preposition: "a letter" in "a
  /// letter from Iran".
  func headPart(_ range: Range<Int>) -> Range<Int> {
    let cut = range.dropFirst().first { Self.anyPreposition.contains(tokens[$0].lower) } ?? range.upperBound
    return range.lowerBound..<cut
  }

  /// A phrase naming something received rather than someone: "a letter",
  /// "an invitation", "$20 million in aid".
  func isThingReceived(_ range: Range<Int>) -> Bool {
    range.contains {
      !tokens[$0].classes.isDisjoint(with: [.eventTrigger, .eventStatementNoun]) || tokens[$0].kind == .number
    }
  }
}
