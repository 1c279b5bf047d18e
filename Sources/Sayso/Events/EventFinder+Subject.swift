extension EventFinder {
  /// The subject of the verb at `k`: read back over auxiliaries, adverbs and
  /// a governing verb ("managed to", "threatened to"), then over one noun
  /// phrase. Returns the phrase and the words skipped, which carry modality.
  func subject(before k: Int, floor: Int) -> (range: Range<Int>, skipped: [String])? {
    var j = k - 1
    var skipped: [String] = []
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
        // "the decision to strike" has no subject here; "Iran threatened to strike" does.
        guard j - 1 >= floor, tokens[j - 1].classes.contains(.eventControlVerb) else {
          // "X called Y on Saturday to express support": a purpose clause after a
          // name or a date belongs to the sentence's subject.
          let before = tokens[j - 1]
          guard j - 1 >= floor, before.isCapitalized || before.classes.contains(.timeWords),
            let opening = openingSubject(floor: floor, before: j - 1)
          else { return nil }
          return (opening, skipped + ["could"])
        }
        skipped.append(tokens[j - 1].lower)
        j -= 1
      }
      j -= 1
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
      if ["it", "they", "he", "she"].contains(tokens[j].lower), c >= floor, tokens[c].classes.contains(.cue),
        let reporter = subject(before: c, floor: floor), !tokens[reporter.range.lowerBound].classes.contains(.pronouns)
      {
        return (reporter.range, skipped)
      }
      return (j..<(j + 1), skipped)
    }
    if tokens[j].isPunct(","), j - 1 >= floor {
      // "Ana Ruiz, the foreign minister, condemned …": the name and its apposition,
      // which may hold prepositions ("a key ally in the war on drugs").
      var c = j - 1
      while c > floor, j - c < 14, !tokens[c].isPunct(","), tokens[c].kind != .quote { c -= 1 }
      if c > floor, tokens[c].isPunct(","), c + 1 < j,
        opensPhrase(c + 1) || ["like", "including", "unlike", "with"].contains(tokens[c + 1].lower),
        let first = phrase(endingAt: c - 1, floor: floor)
      {
        return (first.lowerBound..<j, skipped)
      }
    }
    return phrase(endingAt: j, floor: floor).map { ($0, skipped) }
  }

  /// The noun phrase that opens the sentence, when a verb-like word follows
  /// it before `limit`: the subject shared by coordinated verbs.
  func openingSubject(floor: Int, before limit: Int) -> Range<Int>? {
    var end = floor
    while end < limit, end - floor < 12, isPhraseWord(end) || tokens[end].classes.contains(.possessive) { end += 1 }
    guard end > floor, end < limit, tokens[end].kind == .word, canHeadSubject(end - 1) else { return nil }
    return floor..<end
  }

  /// The first token of a time phrase ending at `j`: "Saturday", "on Monday",
  /// "last week", "late on Friday".
  func timePhraseStart(endingAt j: Int, floor: Int) -> Int? {
    let t = tokens[j]
    // "on April 12"
    if t.kind == .number, j - 1 >= floor, tokens[j - 1].isCapitalized, DateResolver.months.contains(tokens[j - 1].lower)
    {
      return j - 2 >= floor && tokens[j - 2].lower == "on" ? j - 2 : j - 1
    }
    let isMonth = t.isCapitalized && DateResolver.months.contains(t.lower)
    guard isMonth || t.classes.contains(.timeWords), !t.classes.contains(.eventAuxiliary), !isAdverb(t) else {
      return nil
    }
    var start = j
    while start - 1 >= floor,
      ["on", "last", "this", "late", "early", "next", "earlier", "later", "in", "since"].contains(
        tokens[start - 1].lower)
    {
      start -= 1
    }
    return start
  }

  /// The noun phrase ending at `end`, read backward; at most ten tokens.
  func phrase(endingAt end: Int, floor: Int) -> Range<Int>? {
    if end >= floor, tokens[end].isPunct(")"), end - 3 >= floor, tokens[end - 2].isPunct("(") {
      return phrase(endingAt: end - 3, floor: floor).map { $0.lowerBound..<(end + 1) }
    }
    guard end >= floor, isPhraseWord(end), tokens[end].kind != .number else { return nil }
    var start = end
    while start - 1 >= floor, end - start < 12, isPhraseWord(start - 1) || tokens[start - 1].isPunct(")") {
      if tokens[start - 1].isPunct(")") {
        // "the Security Council (UNSC)", "the Party (of God) group": a bracket belongs to the name.
        guard let open = (max(floor, start - 8)..<(start - 1)).last(where: { tokens[$0].isPunct("(") }) else { break }
        start = open
        continue
      }
      // "Lagos suspended aid": a bare "-ed" or "-ing" word is a verb, not a modifier;
      // after a determiner ("the detained leaders") it is an adjective.
      let t = tokens[start - 1]
      if !t.isCapitalized, t.lower.hasSuffix("ed") || t.lower.hasSuffix("ing"),
        start - 2 < floor || !tokens[start - 2].classes.contains(.determiners)
      {
        break
      }
      // "Kushner attends a meeting": a lower-case "-s" word after a name is a verb.
      if !t.isCapitalized, t.lower.hasSuffix("s"), start - 2 >= floor, tokens[start - 2].isCapitalized,
        !t.classes.contains(.eventSector), !t.classes.contains(.eventPeople),
        t.classes.isDisjoint(with: [.groupNouns, .personNouns, .organisationNouns, .possessive])
      {
        break
      }
      start -= 1
    }
    // "a court in Bavaria", "officials from Tehran": a place phrase after an actor noun.
    if start - 2 >= floor, ["in", "from", "at"].contains(tokens[start - 1].lower) {
      let head = tokens[start - 2]
      if head.classes.contains(.eventSector) || head.classes.contains(.eventPeople),
        let before = phrase(endingAt: start - 2, floor: floor)
      {
        start = before.lowerBound
      }
    }
    // A phrase opens with a content word or a determiner, never with "and" or "of".
    while start < end, ["and", "of", "&"].contains(tokens[start].lower) { start += 1 }
    return start..<(end + 1)
  }

  /// Whether the last word of a subject can head a phrase naming an actor:
  /// a name, a pronoun, a plural, or a noun of people or institutions. Else
  /// the trigger is more likely a noun ("humanitarian aid").
  func canHeadSubject(_ k: Int) -> Bool {
    // "the Air Force (NAF)": the head stands before the bracket.
    if tokens[k].isPunct(")"), k >= 3 { return canHeadSubject(k - 3) }
    let t = tokens[k]
    if t.isCapitalized || !t.classes.isDisjoint(with: [.pronouns, .possessive, .particleName]) { return true }
    if !t.classes.isDisjoint(with: [.groupNouns, .personNouns, .organisationNouns, .titles]) { return true }
    if t.classes.contains(.eventPeople) { return true }
    return t.classes.contains(.eventSector) || (t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss"))
  }

  /// Whether a token can sit inside a noun phrase naming an actor.
  func isPhraseWord(_ k: Int) -> Bool {
    let t = tokens[k]
    // "Tel-Aviv", "AT&T"; a spaced dash ("MOSCOW -- The Kremlin") separates.
    if t.kind == .punct { return !t.spaceBefore && (t.first == "&" || t.first == "-" || t.first == "‑") }
    guard t.kind == .word || t.kind == .number else { return false }
    if t.classes.contains(.eventPhraseBreak) || (t.classes.contains(.cue) && !t.isCapitalized) { return false }
    if t.classes.contains(.pronouns) && !t.isCapitalized { return false }
    // "on Sunday", "last week", "overnight" date an event; they never name an actor.
    if t.classes.contains(.timeWords) || t.lower == "overnight" { return false }
    if t.isCapitalized, DateResolver.months.contains(t.lower) { return false }
    return !isAdverb(t)
  }

  /// A lower-case "-ly" word that is not a noun such as "ally" or "assembly".
  func isAdverb(_ t: Token) -> Bool {
    guard !t.isCapitalized, t.lower.utf8.count > 4, t.lower.hasSuffix("ly") else { return false }
    return !t.classes.contains(.eventTrigger) && !t.classes.contains(.eventSector)
      && !["assembly", "family", "monopoly", "supply", "reply", "rally", "ally"].contains(t.lower)
  }
}
