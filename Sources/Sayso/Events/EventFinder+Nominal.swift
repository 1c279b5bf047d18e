extension EventFinder {
  /// Action nouns: "talks between X and Y", "X’s visit to Y", "Israeli
  /// strikes on Y", "X held talks with Y", "missiles were launched from X
  /// toward Y". The noun needs an actor of its own; a bare "the attack" gives
  /// no event.
  func nominal(_ entry: TriggerEntry, _ k: Int, floor: Int, ceiling: Int) -> [EventDraft] {
    var draft = EventDraft(
      type: entry.type, mode: entry.mode, source: k..<k, target: nil, trigger: k..<(k + 1), evidence: "")
    if entry.lemma == "strike", k > floor,
      ["on", "general", "hunger", "labour", "labor", "national"].contains(tokens[k - 1].lower)
    {
      // "went on strike", "a general strike": a stoppage of work, not an attack.
      draft.type = .protest
      draft.mode = "strike"
    }
    if entry.lemma == "war", k + 1 < ceiling, ["game", "games", "gaming"].contains(tokens[k + 1].lower) {
      // "launched war games": a military exercise, done together when two sides hold it.
      draft.type = .cooperate
      draft.mode = nil
      draft.isJoint = true
    }
    if k + 1 < ceiling, tokens[k + 1].lower == "between" || tokens[k + 1].lower == "among",
      let both = object(from: k + 2, ceiling: ceiling, stopAtOf: false)
    {
      let parts = conjuncts(both)
      guard parts.count > 1 else { return [] }
      draft.source = parts[0]
      draft.target = parts[1]
      draft.evidence = "event.nominal-between"
      return [draft]
    }
    if let (doer, done) = participleActors(k, floor: floor, ceiling: ceiling) {
      // "the coalition fighting Houthi rebels": the "-ing" word acts as a verb.
      draft.source = doer
      draft.target = done
      draft.evidence = "event.participle-modifier"
      applyCodebook(&draft)
      return coordinated(draft)
    }
    draft.target = nominalTarget(after: k, ceiling: ceiling, entry: entry)
    if let preferred = Self.preferredPrepositions[entry.type],
      let phrase = actorPhrase(after: k + 1, ceiling: ceiling, among: preferred)
    {
      // "withdrawal of troops from Iraq", "talks in Bishkek with Y": the side the act is aimed at.
      draft.target = phrase
    }
    if draft.type == .accuse, let t = draft.target, let accused = accused(beyond: t, ceiling: ceiling) {
      draft.target = accused
    } else if let t = draft.target ?? .some(k..<(k + 1)), !isActorLike(t),
      let aimed = aimedAt(after: t.upperBound, ceiling: ceiling, type: draft.type)
    {
      draft.target = aimed
    } else if let t = draft.target ?? .some(k..<(k + 1)), !isActorLike(t),
      let later = recipient(after: t, ceiling: ceiling, type: entry.type)
    {
      draft.target = later
    }
    if draft.target.map({ !isActorLike($0) }) ?? true, let condition = conditionSubject(after: k + 1) {
      // "will not end the strike until the authorities …"
      draft.target = condition
    }
    // Modifiers between the noun and its determiner: "the Israeli air strikes".
    var m = k - 1
    while m >= floor, isModifier(m) { m -= 1 }
    // "ties" and "relations" are acts only when made or broken: "established ties with".
    if entry.mode == "ties", governingVerb(m, floor: floor) == nil { return [] }
    if let launch = launched(k, ceiling: ceiling) {
      draft.source = launch.source
      draft.target = launch.target ?? draft.target
      draft.evidence = "event.nominal-launched-from"
    } else if m >= floor, tokens[m].classes.contains(.possessive) || Lexicon.possessives.contains(tokens[m].lower),
      // "pledged his country's support", "began their assault": the one who
      // pledges or begins acts, not the possessor.
      governingVerb(m, floor: floor) == nil,
      let possessor = Lexicon.possessives.contains(tokens[m].lower) ? m..<(m + 1) : phrase(endingAt: m, floor: floor),
      isActorLike(possessor) || Lexicon.possessives.contains(tokens[m].lower)
    {
      // "Iran's visit", "his talks"; "the country's support" names no actor itself.
      draft.source = possessor
      draft.evidence = "event.nominal-possessive"
    } else if let actor = (m + 1..<k).first(where: { isActorModifier($0) || isNamedAttacker($0, type: draft.type) }),
      draft.target != nil,
      // "the envoy attended the Arab League summit": who attends or hosts a
      // meeting takes part in it, whoever the name before it is.
      !(Self.mutualTypes.contains(draft.type) && governingVerb(m, floor: floor) != nil)
    {
      // "Israeli strikes on Gaza"; a bare "the Syrian war" names no target and no event.
      draft.source = actor..<(actor + 1)
      draft.evidence = "event.nominal-modifier"
    } else if let verb = governingVerb(m, floor: floor), tokens[verb].classes.contains(.eventResultVerb),
      let talks = (floor..<verb).reversed().lazy.compactMap({ c -> EventDraft? in
        guard let noun = actionNoun(c), noun.type == .consult else { return nil }
        return nominal(noun, c, floor: floor, ceiling: verb).first
      }).first
    {
      // "talks with Y resulted in an agreement": the agreement is between the parties to the talks.
      draft.source = talks.source
      draft.target = talks.target
      draft.evidence = "event.nominal-result"
    } else if let verb = governingVerb(m, floor: floor), ClauseWords.receivingVerbs.contains(tokens[verb].lower) {
      // "received an invitation from Y": the giver acts on the one who receives.
      guard let giver = actorPhrase(after: k + 1, ceiling: ceiling, among: ["from"]),
        let (receiver, skipped) = subject(before: verb, floor: floor)
      else { return [] }
      draft.source = giver
      draft.target = receiver
      draft.modality = modality(skipped, at: verb, floor: floor)
      draft.evidence = "event.nominal-received-from"
      applyCodebook(&draft, governingVerb: verb)
    } else if let verb = governingVerb(m, floor: floor), let (subject, skipped) = subject(before: verb, floor: floor) {
      draft.source = subject
      draft.modality = modality(skipped, at: verb, floor: floor)
      draft.evidence = "event.light-verb"
      if tokens[verb].classes.contains(.eventReversalVerb) {
        // "lifted sanctions", "ended the offensive": undoing a measure is a concession.
        switch entry.type {
        case .sanction, .coerce, .threaten, .protest: draft.type = .concede
        case .assault, .mobilize: draft.type = .retreat
        default: break
        }
        draft.evidence = "event.light-verb-reversal"
      }
      negatedCooperation(&draft)
      applyCodebook(&draft, governingVerb: verb)
    } else {
      return []
    }
    return coordinated(draft)
  }

  /// An adjective, demonym, number or hyphenated word inside the noun phrase.
  func isModifier(_ m: Int) -> Bool {
    let t = tokens[m]
    if t.kind == .punct { return t.first == "-" || t.first == "‑" }
    // "free-trade deal": a word joined by a hyphen is part of a compound modifier.
    if m + 1 < tokens.count, tokens[m + 1].kind == .punct, !tokens[m + 1].spaceBefore, tokens[m + 1].first == "-" {
      return true
    }
    guard t.kind == .word || t.kind == .number else { return false }
    if t.classes.contains(.possessive) || t.classes.contains(.determiners) { return false }
    if Lexicon.possessives.contains(t.lower) || t.classes.contains(.eventPhraseBreak) { return false }
    if t.isCapitalized { return true }
    // "air and ground assaults": "and" between two modifiers.
    if t.lower == "and" || t.lower == "or" {
      guard m > 0, m + 1 < tokens.count, tokens[m - 1].kind == .word, !tokens[m - 1].isCapitalized else { return false }
      let before = tokens[m - 1]
      return before.classes.isDisjoint(with: [
        .determiners, .possessive, .eventLightVerb, .eventTrigger, .eventVerbAuxiliary, .functionWords,
      ])
    }
    // "a data sharing agreement": a gerund right before the act modifies it.
    if t.lower.hasSuffix("ing"), !t.classes.contains(.eventLightVerb), m + 1 < tokens.count, actionNoun(m + 1) != nil {
      return true
    }
    // "mass demonstrations": a word that is a trigger only with its particle ("mass troops").
    let triggerAlone =
      t.classes.contains(.eventTrigger)
      && TriggerLexicon.shared.entries[t.lower]?.contains { $0.particles.isEmpty || $0.form != .base } ?? false
    return !t.classes.contains(.eventLightVerb) && !triggerAlone
      && !t.classes.contains(.eventVerbAuxiliary) && t.lower != "and"
  }

  /// A demonym or country-like name modifying the noun: "Israeli", "U.S.".
  func isActorModifier(_ m: Int) -> Bool {
    let t = tokens[m]
    return t.isCapitalized && (t.classes.contains(.demonyms) || t.classes.contains(.initialism))
  }

  /// "a Taliban attack": a name between a determiner and a hostile noun names
  /// the attacker. "a Kabul attack" names the place, "the Sunday attack" the
  /// day, and "a NATO summit" no one acting on anyone, so only attacks and
  /// raids take it.
  func isNamedAttacker(_ m: Int, type: EventType) -> Bool {
    let t = tokens[m]
    guard type == .assault || type == .coerce, t.isCapitalized, t.kind == .word, m > 0,
      tokens[m - 1].classes.contains(.determiners), !t.lower.contains("-")
    else { return false }
    return t.classes.isDisjoint(with: [.places, .timeWords, .functionWords, .determiners])
      && !DateResolver.months.contains(t.lower)
  }

  /// The light verb governing the action noun at `n`, read over its modifiers.
  func governingVerb(ofNounAt n: Int, floor: Int) -> Int? {
    var m = n - 1
    while m >= floor, isModifier(m) { m -= 1 }
    return governingVerb(m, floor: floor)
  }

  /// Words of an amount: "nearly $33 million", "more than 2 billion".
  static let amountWords: WordSet = [
    "million", "billion", "trillion", "thousand", "hundred", "nearly", "about", "some", "more", "than", "over",
    "almost", "around", "roughly", "up", "to", "another", "additional", "increase", "boost",
  ]

  /// The light verb before the noun phrase that ends at `m`: "held", "imposed",
  /// "carried out".
  func governingVerb(_ m: Int, floor: Int) -> Int? {
    var j = m
    while j >= floor,
      tokens[j].classes.contains(.determiners) || tokens[j].kind == .number
        || tokens[j].classes.contains(.timeWords) || Lexicon.possessives.contains(tokens[j].lower)
    {
      j -= 1
    }
    // "announced nearly $33 million in additional assistance": an amount "in" the noun.
    if j - 1 >= floor, tokens[j].lower == "in",
      Self.amountWords.contains(tokens[j - 1].lower) || tokens[j - 1].kind == .number
    {
      j -= 1
      while j >= floor,
        tokens[j].kind == .number || Self.amountWords.contains(tokens[j].lower)
          || (tokens[j].kind == .punct && Self.currencySigns.contains(tokens[j].first))
      {
        j -= 1
      }
      // "announced a sixfold increase in funding": the amount's own modifiers.
      while j >= floor, tokens[j].kind == .word, isModifier(j) || tokens[j].classes.contains(.determiners) { j -= 1 }
    }
    // "pledged his country's support", "voiced the Czech Republic's support":
    // a possessor inside the phrase stands between the verb and its noun.
    if j >= floor, tokens[j].classes.contains(.possessive) {
      j -= 1
      while j >= floor,
        tokens[j].isCapitalized || tokens[j].classes.contains(.determiners)
          || Lexicon.possessives.contains(tokens[j].lower)
      {
        j -= 1
      }
    }
    // "carried out an attack", "agreed on a deal", "resulted in an agreement".
    if j >= floor, ["out", "on", "upon", "to", "in", "into", "for"].contains(tokens[j].lower), j - 1 >= floor {
      j -= 1
    }
    // "sat down for talks".
    if j > floor, tokens[j].lower == "down", tokens[j + 1].lower == "for" { j -= 1 }
    // "took part in joint exercises": taking part is doing.
    if j > floor, tokens[j].lower == "part", tokens[j + 1].lower == "in",
      ["take", "takes", "took", "taking", "taken"].contains(tokens[j - 1].lower)
    {
      return j - 1
    }
    guard j >= floor,
      tokens[j].classes.contains(.eventLightVerb) || tokens[j].classes.contains(.eventReversalVerb)
    else { return nil }
    return j
  }

  /// "troops fighting rebels", "militias shelling the town": an "-ing" action
  /// word right after a noun of actors, with an actor after it, is a
  /// participle whose doer is the noun phrase before it.
  func participleActors(_ k: Int, floor: Int, ceiling: Int) -> (Range<Int>, Range<Int>)? {
    guard tokens[k].lower.hasSuffix("ing"), k - 1 >= floor, k + 1 < ceiling, !tokens[k - 1].isCapitalized,
      tokens[k - 1].kind == .word, isActorLike((k - 1)..<k), canHeadSubject(k - 1),
      // "shelling killed one soldier": a verb after it makes the "-ing" word the subject.
      tokens[k + 1].isCapitalized
        || tokens[k + 1].classes.isDisjoint(with: [.eventTrigger, .eventAuxiliary, .eventVerbAuxiliary]),
      let done = object(from: k + 1, ceiling: ceiling, stopAtOf: false), isActorLike(done),
      let doer = phrase(endingAt: k - 1, floor: floor)
    else { return nil }
    return (doer, done)
  }
}
