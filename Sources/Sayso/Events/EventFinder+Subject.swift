extension EventFinder {
  /// The subject of the verb at `k`: read back over auxiliaries, adverbs and
  /// a governing verb ("managed to", "threatened to"), then over one noun
  /// phrase. Returns the phrase and the words skipped, which carry modality.
  func subject(before k: Int, floor: Int) -> (range: Range<Int>, skipped: [String])? {
    var j = k - 1
    var skipped: [String] = []
    if j - 1 > floor, tokens[j].lower == "of", ["guilty", "accused", "suspected"].contains(tokens[j - 1].lower) {
      // "X were guilty of violating the ceasefire": X is who violated it.
      j -= 2
    }
    while j >= floor, tokens[j].kind == .word || tokens[j].kind == .number {
      let t = tokens[j]
      if let opener = timePhraseStart(endingAt: j, floor: floor) {
        // "X on Saturday demanded …": the date sits between subject and verb.
        j = opener - 1
        continue
      }
      guard t.classes.contains(.eventAuxiliary) || isAdverb(t) else { break }
      skipped.append(t.lower)
      if t.lower == "to" {
        // "reiterated its commitment to support Y": the one committed acts.
        // "launched operations to detain 110 people": the purpose of what one does.
        if j - 1 >= floor, tokens[j - 1].kind == .word, !tokens[j - 1].isCapitalized,
          let verb = governingVerb(ofNounAt: j - 1, floor: floor),
          let (owner, more) = subject(before: verb, floor: floor)
        {
          // A commitment or plan is still to be carried out; a decision is taken,
          // and a purpose ("a hunger strike to protest …") is read as it is told.
          let noun = tokens[j - 1].lower
          let promised = ClauseWords.intentNouns.contains(noun) && noun != "decision"
          return (owner, skipped + more + (promised ? ["will"] : []))
        }
        // "the decision to strike" has no subject here; "Iran threatened to strike" does.
        guard j - 1 >= floor, tokens[j - 1].classes.contains(.eventControlVerb) else {
          // "X called Y on Saturday to express support": a purpose clause after a
          // name or a date belongs to the sentence's subject.
          guard j - 1 >= floor, tokens[j - 1].isCapitalized || tokens[j - 1].classes.contains(.timeWords),
            let opening = openingSubject(floor: floor, before: j - 1)
          else { return nil }
          return (opening, skipped + ["could"])
        }
        skipped.append(tokens[j - 1].lower)
        j -= 1
      }
      j -= 1
    }
    // "Mandela, so far, has refused …", "officials, in turn, complained …": a
    // short aside set off by commas stands between subject and verb; so does a
    // caption's position note ("Ruiz, left, attended …").
    if let note = positionNoteStart(endingAt: j, floor: floor) {
      j = note - 1
    } else if j - 2 >= floor, tokens[j].isPunct(","),
      let open = (max(floor, j - 4)..<j).last(where: { tokens[$0].isPunct(",") }), open + 1 < j, open - 1 >= floor,
      (open + 1..<j).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }),
      !isActorLike(open + 1..<j), !opensPhrase(open + 1),
      !(open + 1..<j).contains(where: { tokens[$0].classes.contains(.eventTrigger) })
    {
      j = open - 1
    }
    // "X, on Tuesday, condemned …": a date set off by commas.
    if j - 2 >= floor, tokens[j].isPunct(","), let opener = timePhraseStart(endingAt: j - 1, floor: floor),
      opener - 1 > floor, tokens[opener - 1].isPunct(",")
    {
      j = opener - 2
    }
    guard j >= floor else { return nil }
    if tokens[j].lower == "and" || tokens[j].lower == "but" {
      // "X said …, and urged Y": a second verb shares the sentence's opening subject.
      return openingSubject(floor: floor, before: j).map { ($0, skipped) }
    }
    if tokens[j].lower == "who" || tokens[j].lower == "which" {
      // "the rebels, who attacked …": the phrase before the relative pronoun.
      var m = j - 1
      if m >= floor, tokens[m].isPunct(",") { m -= 1 }
      return phrase(endingAt: m, floor: floor).map { ($0, skipped) }
    }
    if tokens[j].classes.contains(.pronouns) {
      // "The army said it arrested …": "it" and "they" after a reporting verb are its subject.
      var c = j - 1
      if c >= floor, tokens[c].lower == "that" { c -= 1 }
      if c >= floor, let opener = timePhraseStart(endingAt: c, floor: floor) { c = opener - 1 }
      // "said today that he …": a bare time word between the verb and its clause.
      while c >= floor, tokens[c].classes.contains(.timeWords), tokens[c].kind == .word { c -= 1 }
      if ["it", "they", "he", "she"].contains(tokens[j].lower), c >= floor, tokens[c].classes.contains(.cue),
        let reporter = subject(before: c, floor: floor), !tokens[reporter.range.lowerBound].classes.contains(.pronouns),
        opensClause(reporter.range.lowerBound, floor: floor)
      {
        return (reporter.range, skipped)
      }
      return (j..<(j + 1), skipped)
    }
    if tokens[j].isPunct(","), j - 1 >= floor {
      // "Ana Ruiz, the foreign minister, condemned …": the name and its apposition,
      // which may hold prepositions ("a key ally in the war on drugs").
      var c = j - 1
      // An apostrophe inside the apposition ("the U.N.'s office") is no quotation.
      while c > floor, j - c < 20, !tokens[c].isPunct(","), tokens[c].kind != .quote || !tokens[c].spaceBefore {
        c -= 1
      }
      // "Rebels, who are backed by Iran, attacked …": a relative clause set off by
      // commas, which may hold commas of its own; "The ministry, under pressure
      // from the president, demanded …": a prepositional aside.
      if let open = (max(floor + 1, j - 30)..<j).last(where: {
        tokens[$0].isPunct(",") && $0 + 1 < j && ["who", "which"].contains(tokens[$0 + 1].lower)
      }) ?? (c > floor && tokens[c].isPunct(",") && c + 1 < j && isAsideOpener(c + 1) ? c : nil),
        !(open..<j).contains(where: { tokens[$0].isPunct(";") || tokens[$0].kind == .quote }),
        let first = phrase(endingAt: open - 1, floor: floor)
      {
        return (first, skipped)
      }
      if c > floor, tokens[c].isPunct(","), c + 1 < j,
        opensPhrase(c + 1) || ["like", "including", "unlike", "with"].contains(tokens[c + 1].lower),
        let first = phrase(endingAt: c - 1, floor: floor)
      {
        return (first.lowerBound..<j, skipped)
      }
      // "Pakistan Prime Minister Imran Khan, called …": a stray comma after a
      // name that opens the clause.
      if c == floor || !tokens[c].isPunct(","), tokens[j - 1].isCapitalized, tokens[j - 1].kind == .word,
        let name = phrase(endingAt: j - 1, floor: floor), name.lowerBound == floor
      {
        return (name, skipped)
      }
    }
    if let owner = ownerOfAttack(endingAt: j, floor: floor) { return (owner, skipped) }
    guard var found = phrase(endingAt: j, floor: floor) else { return nil }
    // "Britain, France and Germany condemned …": earlier items of a list ending in "and".
    if found.contains(where: { ["and", "or"].contains(tokens[$0].lower) }) {
      while found.lowerBound - 2 >= floor, tokens[found.lowerBound - 1].isPunct(","),
        let item = phrase(endingAt: found.lowerBound - 2, floor: floor), item.count <= 6, isActorLike(item),
        opensClause(item.lowerBound, floor: floor), !tokens[item.lowerBound].classes.contains(.timeWords)
      {
        found = item.lowerBound..<found.upperBound
      }
    }
    // "Ana Ruiz, left, and Tomas Adeyemi attend …": a caption's position note
    // after the first of two people.
    if found.lowerBound - 2 > floor, tokens[found.lowerBound - 1].lower == "and",
      let note = positionNoteStart(endingAt: found.lowerBound - 2, floor: floor),
      let first = phrase(endingAt: note - 1, floor: floor), isActorLike(first)
    {
      found = first.lowerBound..<found.upperBound
    }
    if let actor = attacker(before: found.lowerBound, floor: floor) { return (actor, skipped) }
    if let head = headBeforeParticiple(found, floor: floor) { return (head, skipped) }
    // "peacekeepers who are part of the first group arrived": the relative clause's
    // complement is not the subject.
    if found.lowerBound - 2 > floor, tokens[found.lowerBound - 1].classes.contains(.eventBeForm),
      ["who", "which", "that"].contains(tokens[found.lowerBound - 2].lower)
    {
      var m = found.lowerBound - 3
      if tokens[m].isPunct(","), m - 1 >= floor { m -= 1 }
      if let head = phrase(endingAt: m, floor: floor), isActorLike(head) { return (head, skipped) }
    }
    // "Washington, along with its allies, demanded …": the companions are not the subject.
    var m = found.lowerBound - 1
    if m >= floor, tokens[m].isPunct(",") { m -= 1 }
    if m - 1 >= floor, tokens[m].lower == "with", ["along", "together"].contains(tokens[m - 1].lower) {
      var c = m - 2
      if c >= floor, tokens[c].isPunct(",") { c -= 1 }
      if let first = phrase(endingAt: c, floor: floor) { return (first, skipped) }
    }
    return (found, skipped)
  }

  /// Whether a phrase starting at `k` opens its clause, so that it can be the
  /// subject of the verb after it; "those who invaded Syria believed" has
  /// "Syria" as an object, not as the one who believed.
  func opensClause(_ k: Int, floor: Int) -> Bool {
    guard k - 1 >= floor else { return true }
    let before = tokens[k - 1]
    return before.kind == .punct || before.kind == .quote || ["and", "but", "that"].contains(before.lower)
      || Self.subordinators.contains(before.lower)
  }

  /// A word opening an aside between subject and verb: a preposition
  /// ("under pressure from …") or a participle ("backed by Iran").
  func isAsideOpener(_ k: Int) -> Bool {
    let t = tokens[k]
    if Self.asidePrepositions.contains(t.lower) { return true }
    guard k + 1 < tokens.count, t.kind == .word, !t.isCapitalized else { return false }
    if isParticipleForm(t) && tokens[k + 1].lower == "by" { return true }
    // "sailors, held captive for months, have been freed": a
    // participle phrase between commas describes the subject.
    if Self.asideParticiples.contains(t.lower) || (t.lower.hasSuffix("ed") && t.lower.count > 4),
      tokens[k + 1].kind == .word || tokens[k + 1].kind == .number
    {
      return true
    }
    return t.lower.hasSuffix("ing") && t.lower.count > 5
  }

  /// Irregular participles that open a description of the subject.
  static let asideParticiples: WordSet = [
    "held", "kept", "taken", "caught", "seen", "known", "built", "sent", "brought", "hidden", "born", "given",
    "made", "shot", "hit", "struck", "led", "backed", "found", "sworn", "chosen", "driven", "beaten", "stolen",
  ]

  /// Prepositions that open an aside between subject and verb.
  static let asidePrepositions: WordSet = [
    "under", "in", "at", "after", "during", "despite", "amid", "for", "on", "according", "as", "following",
  ]

  /// Words that open a clause of their own: "a day after the army said …".
  static let subordinators: WordSet = [
    "after", "before", "when", "while", "because", "since", "although", "though", "if", "unless", "until", "as",
    "whereas", "once",
  ]

  /// "A Taliban attack on a compound killed 20 troops": the phrase before the
  /// verb is the attack's object, and the attack's actor did the killing.
  func attacker(before start: Int, floor: Int) -> Range<Int>? {
    let p = start - 1
    guard p - 1 >= floor, ["on", "against", "at", "near"].contains(tokens[p].lower) else { return nil }
    return ownerOfAttack(endingAt: p - 1, floor: floor)
  }

  /// "The coalition fighting rebels in Yemen has declared …", "peacekeepers
  /// destined for the region began …": a participle phrase after the head
  /// of the subject modifies it, so the phrase before the participle is the
  /// subject. A past participle counts only before a preposition ("based in",
  /// "led by"), since "X demanded Y release …" has a verb there.
  func headBeforeParticiple(_ found: Range<Int>, floor: Int) -> Range<Int>? {
    var p = found.lowerBound - 1
    var afterPreposition = false
    if p >= floor, Self.anyPreposition.contains(tokens[p].lower) {
      p -= 1
      afterPreposition = true
    }
    guard p - 1 >= floor, tokens[p].kind == .word, !tokens[p].isCapitalized else { return nil }
    let w = tokens[p].lower
    guard (w.hasSuffix("ing") && w.count > 5) || (afterPreposition && w.hasSuffix("ed")),
      !tokens[p].classes.contains(.eventAuxiliary),
      let head = phrase(endingAt: p - 1, floor: floor), isActorLike(head), opensClause(head.lowerBound, floor: floor),
      !tokens[head.lowerBound].classes.contains(.pronouns)
    else { return nil }
    return head
  }

  /// "US drone attacks killed eight militants", "Australian aid supported …":
  /// when the subject is an act, the actor named inside it did what the
  /// verb says.
  func ownerOfAttack(endingAt head: Int, floor: Int) -> Range<Int>? {
    // "The Federal Bureau of Investigation": an action word inside a name is none.
    guard head >= floor, !tokens[head].isCapitalized, let noun = actionNoun(head) else { return nil }
    var m = head - 1
    // "drone attacks", "air strikes": another action noun can modify the head.
    while m >= floor, isModifier(m) || actionNoun(m) != nil { m -= 1 }
    if let actor = (m + 1..<head).first(where: {
      isActorModifier($0) || isNamedAttacker($0, type: noun.type) || (tokens[$0].isCapitalized && namesPlace($0))
    }) {
      // "Syrian government shelling": the actor's own nouns come with it.
      var end = actor + 1
      while end < head, tokens[end].isCapitalized || canHeadSubject(end) && isActorLike(end..<(end + 1)) { end += 1 }
      return actor..<end
    }
    guard m >= floor, tokens[m].classes.contains(.possessive), let owner = phrase(endingAt: m, floor: floor),
      isActorLike(owner)
    else { return nil }
    return owner
  }
}
