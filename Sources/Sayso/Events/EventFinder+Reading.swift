extension EventFinder {
  /// Where the entry's particle stands after `k`: next, or after up to two
  /// determiners and modifiers ("closed its southern borders", "lifted a ban").
  func particle(after k: Int, ceiling: Int, in entry: TriggerEntry) -> Int? {
    guard !entry.particles.isEmpty else { return nil }
    var p = k + 1
    // "found the former mayor guilty": a verdict's particle follows a whole phrase.
    let verdict = entry.lemma == "find"
    while p < min(ceiling, k + (verdict ? 7 : 4)) {
      if entry.particles.contains(tokens[p].lower) { return p }
      let t = tokens[p]
      if verdict, t.kind == .word, !t.classes.contains(.eventPhraseBreak) {
        p += 1
        continue
      }
      // "sent 200 troops": a number may stand between the verb and its particle.
      // "lifted US sanctions": a country or nationality may qualify the particle.
      guard t.kind == .word || t.kind == .number,
        !t.isCapitalized || !t.classes.isDisjoint(with: [.possessive, .demonyms, .places]),
        !t.classes.contains(.eventPhraseBreak)
      else { return nil }
      guard p == k + 1 || !t.classes.contains(.eventTrigger) else { return nil }
      p += 1
    }
    return nil
  }

  /// Whether the word at `k` reads as a noun: after a determiner, possessive,
  /// adjective-like modifier or preposition rather than after a subject.
  func looksNominal(_ k: Int, floor: Int) -> Bool {
    // "a Cairo visit is planned": a verb is not followed by an auxiliary.
    if k + 1 < tokens.count, tokens[k + 1].classes.contains(.eventVerbAuxiliary), tokens[k + 1].lower != "to" {
      return true
    }
    // "US attacks killed eight", "government shelling killed": a plural or an
    // "-ing" noun followed by a past-tense action is its subject.
    if k + 1 < tokens.count, tokens[k].lower.hasSuffix("s") || tokens[k].lower.hasSuffix("ing"),
      tokens[k + 1].kind == .word,
      !tokens[k + 1].isCapitalized, tokens[k + 1].classes.contains(.eventTrigger),
      tokens[k + 1].lower.hasSuffix("ed") || Self.pastTenses.contains(tokens[k + 1].lower)
    {
      return true
    }
    guard k > floor else { return false }
    let before = tokens[k - 1]
    // "the UN call for", "the Cairo visit": a name between determiner and noun.
    if before.isCapitalized, k - 2 >= floor, tokens[k - 2].classes.contains(.determiners) { return true }
    if before.classes.contains(.determiners) || before.classes.contains(.possessive) { return true }
    if before.classes.contains(.demonyms) || before.lower == "of" || before.lower == "for" { return true }
    if Lexicon.possessives.contains(before.lower) { return true }
    if before.classes.contains(.eventLightVerb) || before.classes.contains(.eventTargetPreposition) {
      return !before.classes.contains(.eventAuxiliary) || before.lower == "to" && tokens[k].lower.hasSuffix("s")
    }
    // "suspended military aid": a modifier after a verb.
    if k - 2 >= floor, before.kind == .word, !before.isCapitalized, !before.lower.hasSuffix("s") {
      let verb = tokens[k - 2]
      if verb.classes.contains(.eventLightVerb) || verb.classes.contains(.eventReversalVerb)
        || verb.classes.contains(.eventTrigger)
      {
        return true
      }
    }
    // "the arms embargo on Iran": determiner, modifier, then a preposition after the word.
    if before.kind == .word, !before.isCapitalized, k - 2 >= floor, tokens[k - 2].classes.contains(.determiners),
      k + 1 < tokens.count,
      ["on", "against", "of", "for"].contains(tokens[k + 1].lower) || tokens[k + 1].kind == .punct
    {
      return true
    }
    // "a military aid program": a sector word after a determiner modifies the noun.
    if before.kind == .word, !before.isCapitalized, before.classes.contains(.eventSector), k - 2 >= floor,
      tokens[k - 2].classes.contains(.determiners) || tokens[k - 2].lower == "of"
    {
      return true
    }
    return before.kind == .word && !before.isCapitalized && before.lower.hasSuffix("al")
  }
}
