extension EventFinder {
  /// The noun phrase ending at `end`, read backward; at most ten tokens.
  func phrase(endingAt end: Int, floor: Int) -> Range<Int>? {
    if end >= floor, tokens[end].isPunct(")"), end - 3 >= floor, tokens[end - 2].isPunct("(") {
      return phrase(endingAt: end - 3, floor: floor).map { $0.lowerBound..<(end + 1) }
    }
    guard end >= floor, isPhraseWord(end), tokens[end].kind != .number else { return nil }
    var start = end
    while start - 1 >= floor, end - start < 12,
      isPhraseWord(start - 1) || tokens[start - 1].isPunct(")") || isStateModifier(start - 1, floor: floor)
    {
      if tokens[start - 1].isPunct(")") {
        // "the Security Council (UNSC)", "the Party (of God) group": a bracket belongs to the name.
        guard let open = (max(floor, start - 8)..<(start - 1)).last(where: { tokens[$0].isPunct("(") }) else { break }
        start = open
        continue
      }
      // "Lagos suspended aid": a bare "-ed" or "-ing" word is a verb, not a modifier;
      // after a determiner ("the detained leaders") it is an adjective.
      let t = tokens[start - 1]
      // "At a meeting the strikers accepted": a determiner opens the phrase.
      // "In May 2019 the army": a date before it ends there too.
      if tokens[start].classes.contains(.determiners), t.kind == .number { break }
      if tokens[start].classes.contains(.determiners), !t.isCapitalized, t.kind == .word,
        t.classes.isDisjoint(with: [.determiners, .possessive, .functionWords]),
        !["and", "or", "of", "nor"].contains(t.lower)
      {
        break
      }
      // After a nationality ("Palestinian armed groups") it is an adjective too.
      if !t.isCapitalized, t.lower.hasSuffix("ed") || t.lower.hasSuffix("ing"),
        start - 2 < floor || tokens[start - 2].classes.isDisjoint(with: [.determiners, .demonyms])
      {
        break
      }
      // "Kushner attends a meeting": a lower-case "-s" word after a name is a verb.
      // "Human rights groups": "rights" is the noun of a compound.
      if !t.isCapitalized, t.lower.hasSuffix("s"), t.lower != "rights", start - 2 >= floor,
        tokens[start - 2].isCapitalized,
        !t.classes.contains(.eventSector), !t.classes.contains(.eventPeople),
        t.classes.isDisjoint(with: [.groupNouns, .personNouns, .organisationNouns, .possessive])
      {
        break
      }
      start -= 1
    }
    // "the Minister for Interior Aftab Sherpao", "Commissioner for Human Rights": a title's "for".
    if start - 2 >= floor, tokens[start - 1].lower == "for", tokens[start].isCapitalized,
      tokens[start - 2].classes.contains(.titles), tokens[start - 2].isCapitalized,
      let title = phrase(endingAt: start - 2, floor: floor)
    {
      start = title.lowerBound
    }
    // "a court in Bavaria", "officials from Tehran": a place phrase after an actor noun.
    if start - 2 >= floor, ["in", "from", "at", "across", "throughout"].contains(tokens[start - 1].lower) {
      let head = tokens[start - 2]
      // "a missionary from Calgary": any noun that a determiner opens takes it too.
      // "ICE in Miami": an organisation's name takes its place too.
      if let before = phrase(endingAt: start - 2, floor: floor),
        head.classes.contains(.eventSector) || head.classes.contains(.eventPeople)
          || (head.isCapitalized && !head.classes.contains(.places) && !head.classes.contains(.possessive)
            && before.count <= 3)
          || (tokens[before.lowerBound].classes.contains(.determiners) && !head.isCapitalized
            && head.classes.isDisjoint(with: [.eventTrigger, .cue]))
      {
        start = before.lowerBound
      }
    }
    // "the Iraqi envoy to the United Nations": where an envoy is sent belongs to the envoy.
    if start - 2 >= floor, tokens[start - 1].lower == "to", Self.sentRoles.contains(tokens[start - 2].lower),
      let before = phrase(endingAt: start - 2, floor: floor)
    {
      start = before.lowerBound
    }
    // "Soviet aircraft including helicopter gunships": the examples belong to the phrase before.
    if start - 2 >= floor, tokens[start - 1].lower == "including", isPhraseWord(start - 2),
      let whole = phrase(endingAt: start - 2, floor: floor)
    {
      start = whole.lowerBound
    }
    // A phrase opens with a content word or a determiner, never with "and" or "of".
    while start < end, ["and", "of", "&"].contains(tokens[start].lower) { start += 1 }
    return start..<(end + 1)
  }

  /// "New Jersey state assembly leaders", "Iranian state media": "state" as a
  /// modifier, not the verb of saying it also is.
  func isStateModifier(_ k: Int, floor: Int) -> Bool {
    guard tokens[k].lower == "state", k - 1 >= floor else { return false }
    let before = tokens[k - 1]
    return before.isCapitalized || before.classes.contains(.determiners) || before.classes.contains(.possessive)
  }

  /// Whether the last word of a subject can head a phrase naming an actor:
  /// a name, a pronoun, a plural, or a noun of people or institutions. Else
  /// the trigger is more likely a noun ("humanitarian aid").
  /// Whether a subject phrase can be an actor: its last word, or for a name
  /// with an apposition ("Ana Ruiz, the first woman in the post,") the name.
  func canHeadSubject(_ range: Range<Int>) -> Bool {
    if canHeadSubject(range.upperBound - 1) { return true }
    guard let comma = range.first(where: { tokens[$0].isPunct(",") }), comma > range.lowerBound else { return false }
    return canHeadSubject(comma - 1)
  }

  func canHeadSubject(_ k: Int) -> Bool {
    // "the Air Force (NAF)": the head stands before the bracket.
    if tokens[k].isPunct(")"), k >= 3 { return canHeadSubject(k - 3) }
    let t = tokens[k]
    if t.isCapitalized || !t.classes.isDisjoint(with: [.pronouns, .possessive, .particleName]) { return true }
    if !t.classes.isDisjoint(with: [.groupNouns, .personNouns, .organisationNouns, .titles]) { return true }
    if t.classes.contains(.eventPeople) { return true }
    return t.classes.contains(.eventSector) || (t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss"))
  }

  /// "we’re", "they're", "I’m": a pronoun fused with a form of "be".
  func isFusedBe(_ k: Int) -> Bool {
    let w = tokens[k].lower
    return ["’re", "'re", "’m", "'m"].contains { w.hasSuffix($0) }
  }

  /// Whether a token can sit inside a noun phrase naming an actor.
  func isPhraseWord(_ k: Int) -> Bool {
    let t = tokens[k]
    // "Tel-Aviv", "AT&T"; a spaced dash ("MOSCOW -- The Kremlin") separates.
    // "the Kurdistan Workers' Party": a plural's apostrophe inside a name.
    if t.kind == .quote || t.kind == .punct, t.first == "'" || t.first == "’", !t.spaceBefore, k > 0,
      k + 1 < tokens.count, tokens[k - 1].isCapitalized, tokens[k - 1].lower.hasSuffix("s"),
      tokens[k + 1].isCapitalized, tokens[k + 1].spaceBefore
    {
      return true
    }
    if t.kind == .punct {
      // "Mr. Okafor", "Gen. Arce", "Ana J. Ruiz": the stop of a title or an
      // initial inside a name.
      if t.first == ".", !t.spaceBefore, k > 0, k + 1 < tokens.count, tokens[k - 1].isCapitalized,
        tokens[k - 1].classes.contains(.abbreviations) || tokens[k - 1].lower.utf8.count == 1,
        tokens[k + 1].isCapitalized, tokens[k + 1].spaceBefore
      {
        return true
      }
      // "$4 million": a currency sign before a number belongs to the amount.
      if Self.currencySigns.contains(t.first), k + 1 < tokens.count, tokens[k + 1].kind == .number { return true }
      // The second mark of a dash ("(Reuters) -- Egyptian …") has space after it.
      let joinsNext = k + 1 < tokens.count && !tokens[k + 1].spaceBefore
      return !t.spaceBefore && (t.first == "&" || ((t.first == "-" || t.first == "‑") && joinsNext))
    }
    guard t.kind == .word || t.kind == .number else { return false }
    // "an army post", "the head of state": the noun, not the verb of saying.
    let postNoun =
      ["post", "posts", "state"].contains(t.lower) && k > 0 && tokens[k - 1].kind == .word
      && tokens[k - 1].classes.isDisjoint(with: [.pronouns, .eventAuxiliary])
    // "arrested Said Bouteflika": a capitalised word inside a sentence is a name.
    let name =
      t.isCapitalized && k > analysis.sentenceStart(of: k) && tokens[k - 1].kind == .word
      && tokens[k - 1].classes.isDisjoint(with: [.determiners])
    if (t.classes.contains(.eventPhraseBreak) && !name) || (t.classes.contains(.cue) && !t.isCapitalized && !postNoun) {
      return false
    }
    if t.classes.contains(.pronouns) && !t.isCapitalized { return false }
    // "on Sunday", "last week", "overnight" date an event; they never name an actor.
    if t.classes.contains(.timeWords) || t.lower == "overnight" || Self.spansOfTime.contains(t.lower) { return false }
    if t.isCapitalized, DateResolver.months.contains(t.lower) { return false }
    return !isAdverb(t)
  }

  /// A lower-case "-ly" word that is not a noun such as "ally" or "assembly".
  func isAdverb(_ t: Token) -> Bool {
    guard !t.isCapitalized, t.lower.utf8.count > 4, t.lower.hasSuffix("ly") else { return false }
    return !t.classes.contains(.eventTrigger) && !t.classes.contains(.eventSector)
      && !["assembly", "family", "monopoly", "supply", "reply", "rally", "ally"].contains(t.lower)
  }

  static let currencySigns: Set<Unicode.Scalar> = ["$", "€", "£", "¥"]

  /// "In recent months Syria and Israel have fired …": a span of time opens
  /// no actor's name.
  static let spansOfTime: WordSet = ["days", "weeks", "months", "years", "decades", "hours"]

  /// Seasons, which name a time after "last" or "this": "last fall".
  static let seasons: WordSet = ["spring", "summer", "fall", "autumn", "winter"]

  /// Counts written out, which start a span of time: "nine years ago".
  static let numberWords: WordSet = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
    "several", "few", "many",
  ]

  /// Roles held toward another body: "envoy to", "ambassador to", "adviser to".
  static let sentRoles: WordSet = [
    "envoy", "envoys", "ambassador", "ambassadors", "representative", "representatives", "delegate", "delegates",
    "delegation", "delegations", "adviser", "advisers", "advisor", "advisors", "emissary", "emissaries", "mission",
    "consul", "attache", "liaison",
  ]
}
