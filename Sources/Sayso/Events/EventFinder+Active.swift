extension EventFinder {
  /// "X attacked Y", "X met with Y", "X urged Y to …", "X threatened to strike Y":
  /// the subject is the source, the object (if any) the target.
  func active(_ entry: TriggerEntry, _ k: Int, triggerEnd: Int, floor: Int, ceiling: Int) -> [EventDraft] {
    var evidence = "event.subject-verb-object"
    var found = subject(before: k, floor: floor)
    if entry.form == .gerund, k > floor,
      tokens[k - 1].isPunct(",") || tokens[k - 1].classes.contains(.eventStatementNoun)
    {
      // "…, accusing Y of …", "issued a statement condemning Y": the sentence's subject acts.
      found = openingSubject(floor: floor, before: k - 1).map { ($0, []) }
      evidence = "event.participle-clause"
    }
    guard var (source, skipped) = found, canHeadSubject(source.upperBound - 1) else { return [] }
    if entry.lemma == "call", triggerEnd == k + 1 {
      // "call" without "on" or "for": only a phone call to someone with a title.
      return phoneCall(k, ceiling: ceiling, source: source, skipped: skipped)
    }
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
    var target = object(from: objectStart, ceiling: ceiling, stopAtOf: stopAtOf)
    if target == nil, objectStart < ceiling, tokens[objectStart].lower == "that",
      [.request, .threaten, .accuse, .support].contains(entry.type)
    {
      // "demanded that the United States act": the clause's subject is asked.
      target = clauseSubject(from: objectStart + 1, ceiling: ceiling)
    }
    if target == nil, triggerEnd + 1 < ceiling, tokens[triggerEnd].lower == "to", !opensPhrase(triggerEnd + 1) {
      // "threatened to strike Y": the target is the infinitive's object.
      target = object(from: triggerEnd + 2, ceiling: ceiling, stopAtOf: stopAtOf)
    }
    if let t = target, tokens[k].classes.contains(.eventLightVerb),
      t.contains(where: { actionNoun($0) != nil })
    {
      // "signed an agreement with Y": the noun's event says it better.
      return []
    }
    // "Iran and Iraq met": a joint act of coordinated subjects looks no further.
    let jointSubjects = Self.mutualTypes.contains(entry.type) && conjuncts(source).count > 1
    if !jointSubjects, let t = target ?? .some(k..<triggerEnd),
      let later = recipient(after: t, ceiling: ceiling, type: entry.type)
    {
      // "provided aid to Y", "agreed to join a government with Y": the thing given
      // or done is not an actor; the one it goes to is.
      target = later
    }
    // "gave a speech" is no aid: "give" counts only with someone it goes to.
    if entry.lemma == "give", target.map({ !isActorLike($0) }) ?? true { return [] }
    var draft = EventDraft(
      type: entry.type, mode: entry.mode, source: source, target: target, trigger: k..<triggerEnd,
      modality: modality(skipped, at: k, floor: floor), evidence: evidence)
    negatedCooperation(&draft)
    applyCodebook(&draft)
    return coordinated(draft)
  }

  /// The actor an action goes to when its object names a thing: the first
  /// actor-like phrase after a preposition further on ("demanded an
  /// explanation from Y", "provided aid to Y"); mutual actions prefer a "with"
  /// partner even after an actor object.
  func recipient(after object: Range<Int>, ceiling: Int, type: EventType) -> Range<Int>? {
    let objectIsActor = isActorLike(object)
    // Some actions name their other side by one preposition: aid goes "to",
    // withdrawal is "from", a protest is "against", forces move "in" or "along".
    if let preferred = Self.preferredPrepositions[type],
      let phrase = actorPhrase(after: object.upperBound, ceiling: ceiling, among: preferred)
    {
      return phrase
    }
    if objectIsActor && !Self.mutualTypes.contains(type) { return nil }
    return actorPhrase(
      after: object.upperBound, ceiling: ceiling, among: objectIsActor ? ["with"] : Self.anyPreposition)
  }

  /// The first actor-like phrase after one of `prepositions`, within ten
  /// words and the same clause.
  func actorPhrase(after start: Int, ceiling: Int, among prepositions: Set<String>) -> Range<Int>? {
    var j = start
    while j < min(ceiling, start + 10) {
      let w = tokens[j].lower
      if prepositions.contains(w), j + 1 < ceiling, let phrase = object(from: j + 1, ceiling: ceiling, stopAtOf: false),
        isActorLike(phrase)
      {
        return phrase
      }
      if tokens[j].isPunct(";") || Self.recipientStops.contains(w) { return nil }
      j += 1
    }
    return nil
  }

  static let preferredPrepositions: [EventType: Set<String>] = [
    .aid: ["to"], .retreat: ["from"], .protest: ["against"], .consult: ["with"], .cooperate: ["with"],
    .mobilize: ["against", "in", "to", "along", "near", "into", "for"],
  ]

  static let anyPreposition: Set<String> = [
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
      return t.classes.contains(.eventSector) || t.classes.contains(.eventPeople)
        || t.classes.contains(.demonyms) || t.classes.contains(.particleName)
        || !t.classes.isDisjoint(with: [.groupNouns, .personNouns, .organisationNouns])
    }
  }

  /// Words after which a later phrase belongs to another clause or role.
  static let recipientStops: Set<String> = [
    "that", "which", "who", "but", "because", "after", "before", "as", "when", "while", "if", "since", "so",
    "said", "says", "told", "according", "following", "amid", "despite", "ahead", "unless", "until",
  ]

  static let mutualTypes: Set<EventType> = [.agree, .consult, .cooperate]

  /// "will not accept", "did not support": refusing a cooperative act is,
  /// in PLOVER, a rejection.
  func negatedCooperation(_ draft: inout EventDraft) {
    guard draft.modality == .negated else { return }
    switch draft.type {
    case .agree, .support, .concede, .cooperate, .aid, .retreat, .consult:
      draft.type = .reject
      draft.isJoint = true
      draft.modality = .asserted
      draft.evidence += "+negated-cooperation"
    default: break
    }
  }

  /// "X called President Y on Saturday": a call to someone with a title is a
  /// phone conversation, not the particle verb "call on".
  func phoneCall(_ k: Int, ceiling: Int, source: Range<Int>, skipped: [String]) -> [EventDraft] {
    guard let target = object(from: k + 1, ceiling: ceiling, stopAtOf: false),
      target.contains(where: { tokens[$0].classes.contains(.titles) }),
      // "called the president a liar" names, it does not phone.
      !target.dropFirst().contains(where: { tokens[$0].classes.contains(.determiners) })
    else { return [] }
    let draft = EventDraft(
      type: .consult, mode: "phone", source: source, target: target, trigger: k..<(k + 1),
      modality: modality(skipped, at: k, floor: analysis.sentenceStart(of: k)), evidence: "event.phone-call")
    return coordinated(draft)
  }

  /// The noun entry of an action noun at `k`, if the token is one.
  func actionNoun(_ k: Int) -> TriggerEntry? {
    guard tokens[k].classes.contains(.eventTrigger) else { return nil }
    return TriggerLexicon.shared.entries[tokens[k].lower]?.first { $0.part == .noun && $0.particles.isEmpty }
  }
}
