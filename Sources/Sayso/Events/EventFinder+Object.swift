extension EventFinder {
  /// The object after a verb that ends at `start`: one target preposition may
  /// open it ("met with", "fired at"); it ends at punctuation, a clause word,
  /// another preposition, or, for accusations, at "of" ("accused Russia of").
  func object(from start: Int, ceiling: Int, stopAtOf: Bool) -> Range<Int>? {
    var j = start
    if j < ceiling, tokens[j].classes.contains(.eventTargetPreposition), tokens[j].lower != "from" { j += 1 }
    if j + 1 < ceiling, tokens[j - 1].lower == "to", start < j, isBareVerb(j) {
      // "agreed to lift tariffs on X": the infinitive's object is the target.
      j += 1
      if ["down", "up", "off", "out"].contains(tokens[j].lower) { j += 1 }
    }
    // "gave him free rein": an object pronoun is the whole first object.
    if j < ceiling, !tokens[j].isCapitalized, ["him", "her", "them", "us", "me"].contains(tokens[j].lower) {
      return j..<(j + 1)
    }
    // "at least eight leaders": "at" opens a count here, not the object.
    if start + 2 < ceiling, tokens[start].lower == "at", ["least", "most"].contains(tokens[start + 1].lower) {
      j = start + 2
    }
    // "nearly 500 troops", "roughly half the staff": a quantity adverb opens the phrase.
    while j + 1 < ceiling, isAdverb(tokens[j]), tokens[j + 1].kind == .number || opensPhrase(j + 1) { j += 1 }
    let first = j
    while j < ceiling, j - first < 16, isPhraseWord(j) || isListComma(j, ceiling: ceiling) || isNounCue(j, first) {
      let t = tokens[j]
      // "52 members of the banned movement": members stand for their body.
      if stopAtOf && t.lower == "of", j == first || !Self.memberNouns.contains(tokens[j - 1].lower) { break }
      // "Israel struck Gaza, killing …": a bare "-ing" word after a phrase starts a new clause.
      // "peacekeeping" is a modifier, not a new clause, and so is "sharing"
      // in "a data sharing agreement": an act named right after it is the head.
      if j > first, !t.isCapitalized, t.lower.hasSuffix("ing"), !tokens[j - 1].classes.contains(.determiners),
        !t.classes.contains(.eventSector), !(j + 1 < ceiling && actionNoun(j + 1) != nil)
      {
        break
      }
      // "Iran last year", "Eritrea nine years ago": a time phrase ends the object.
      if j + 1 < ceiling,
        ["last", "this", "next", "late", "early"].contains(t.lower) || t.kind == .number
          || Self.numberWords.contains(t.lower),
        tokens[j + 1].classes.contains(.timeWords) || Self.spansOfTime.contains(tokens[j + 1].lower)
          || (Self.seasons.contains(tokens[j + 1].lower)
            && ["last", "this", "next", "late", "early"].contains(t.lower))
      {
        break
      }
      // "Egypt resumed …": a past-tense word after a name is the next verb;
      // after a nationality ("Lebanese armed groups") it is an adjective.
      if j > first, !t.isCapitalized, t.lower.hasSuffix("ed"), tokens[j - 1].isCapitalized,
        !tokens[j - 1].classes.contains(.demonyms)
      {
        break
      }
      // "an attack on an army post killed four": a past-tense action after a noun is the verb.
      if j > first, !t.isCapitalized, t.classes.contains(.eventTrigger), tokens[j - 1].kind == .word,
        t.lower.hasSuffix("ed") || Self.pastTenses.contains(t.lower),
        tokens[j - 1].classes.isDisjoint(with: [.determiners, .demonyms, .eventAuxiliary]),
        // "of shared priorities" is an adjective; "ties with and opened" a verb.
        !tokens[j - 1].classes.contains(.functionWords) || ["and", "or"].contains(tokens[j - 1].lower)
      {
        break
      }
      if t.lower == "and" || t.lower == "or" {
        guard j + 1 < ceiling, opensPhrase(j + 1) || (isPhraseWord(j + 1) && !isBareVerb(j + 1)) else { break }
      }
      j += 1
    }
    while j > first, ["and", "or", "of", "&", ","].contains(tokens[j - 1].lower) { j -= 1 }
    // "warned the time will come": an article alone names nothing ("each" may).
    guard (first..<j).contains(where: { !["the", "a", "an"].contains(tokens[$0].lower) }) else { return nil }
    return first..<j
  }

  /// A reporting word used as a noun inside an object: "rejected a call",
  /// "welcomed the statement".
  func isNounCue(_ j: Int, _ first: Int) -> Bool {
    j > first && tokens[j].classes.contains(.cue) && tokens[j - 1].classes.contains(.determiners)
  }

  /// A comma inside a list of phrases: "met A, B and C".
  func isListComma(_ j: Int, ceiling: Int) -> Bool {
    guard tokens[j].isPunct(","), j + 1 < ceiling else { return false }
    let next = tokens[j + 1].lower == "and" || tokens[j + 1].lower == "or" ? j + 2 : j + 1
    guard next < ceiling, opensPhrase(next) else { return false }
    if next == j + 2 { return true }
    var m = j + 1
    while m < min(ceiling, j + 13) {
      if tokens[m].lower == "and" || tokens[m].lower == "or" { return true }
      if !isPhraseWord(m) && !tokens[m].isPunct(",") { return false }
      m += 1
    }
    return false
  }

  /// A lower-case word after "to" that reads as a verb: not a determiner,
  /// pronoun, number or name.
  func isBareVerb(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, !t.isCapitalized, !opensPhrase(k) else { return false }
    if t.classes.contains(.eventTrigger) {
      return TriggerLexicon.shared.entries[t.lower]?.contains { $0.part == .verb && $0.form == .base } ?? false
    }
    return !t.lower.hasSuffix("s") && !t.classes.contains(.eventSector)
  }

  /// Whether a token can open a noun phrase: a determiner, a name, a demonym, a number.
  func opensPhrase(_ k: Int) -> Bool {
    let t = tokens[k]
    return t.classes.contains(.determiners) || t.isCapitalized || t.kind == .number
      || Lexicon.possessives.contains(t.lower) || t.classes.contains(.eventSector)
  }

  /// The subject of a clause opened after "that" or "for": determiners,
  /// names and their modifiers, up to the first lower-case verb-like word.
  func clauseSubject(from start: Int, ceiling: Int) -> Range<Int>? {
    var j = start
    while j < ceiling, isPhraseWord(j), j - start < 8 {
      let t = tokens[j]
      if j > start, !t.isCapitalized, t.classes.isDisjoint(with: [.determiners, .titles, .roleModifiers, .demonyms]),
        !t.classes.contains(.eventSector), !t.classes.contains(.eventPeople)
      {
        break
      }
      j += 1
    }
    // "warned that the talks could collapse": a determiner alone is no subject read.
    guard (start..<j).contains(where: { !tokens[$0].classes.contains(.determiners) }) else { return nil }
    return start..<j
  }

  /// "agreed with his Iranian counterpart, Ana Ruiz, to …": a description
  /// followed by the name it stands for, set off by commas, takes the name in.
  func namedApposition(after t: Range<Int>) -> Range<Int>? {
    let comma = t.upperBound
    guard let head = t.last, !tokens[head].isCapitalized, tokens[head].kind == .word,
      comma + 2 < tokens.count, tokens[comma].isPunct(",")
    else { return nil }
    var end = comma + 1
    while end < tokens.count, tokens[end].isCapitalized, tokens[end].kind == .word { end += 1 }
    guard end - (comma + 1) >= 2, end < tokens.count,
      tokens[end].isPunct(",") || tokens[end].isPunct(".") || tokens[end].isPunct(";")
    else { return nil }
    return t.lowerBound..<end
  }

  /// Nouns for some of a body's people, whose "of" names the body.
  static let memberNouns: WordSet = [
    "members", "member", "supporters", "leaders", "followers", "activists", "militants", "fighters", "officials",
    "employees", "staff",
  ]
}
