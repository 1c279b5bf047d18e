extension EventFinder {
  /// The subject of the verb at `k`: read back over auxiliaries, adverbs and
  /// a governing verb ("managed to", "threatened to"), then over one noun
  /// phrase. Returns the phrase and the words skipped, which carry modality.
  func subject(before k: Int, floor: Int) -> (range: Range<Int>, skipped: [String])? {
    var j = k - 1
    var skipped: [String] = []
    while j >= floor, tokens[j].kind == .word {
      let t = tokens[j]
      guard ClauseWords.auxiliaries.contains(t.lower) || isAdverb(t) else { break }
      skipped.append(t.lower)
      if t.lower == "to" {
        // "the decision to strike" has no subject here; "Iran threatened to strike" does.
        guard j - 1 >= floor, ClauseWords.controlVerbs.contains(tokens[j - 1].lower) else { return nil }
        skipped.append(tokens[j - 1].lower)
        j -= 1
      }
      j -= 1
    }
    guard j >= floor else { return nil }
    if tokens[j].lower == "who" || tokens[j].lower == "which" {
      // "the rebels, who attacked …": the phrase before the relative pronoun.
      var m = j - 1
      if m >= floor, tokens[m].isPunct(",") { m -= 1 }
      return phrase(endingAt: m, floor: floor).map { ($0, skipped) }
    }
    if tokens[j].classes.contains(.pronouns) { return (j..<(j + 1), skipped) }
    return phrase(endingAt: j, floor: floor).map { ($0, skipped) }
  }

  /// The noun phrase ending at `end`, read backward; at most ten tokens.
  func phrase(endingAt end: Int, floor: Int) -> Range<Int>? {
    guard end >= floor, isPhraseWord(end), tokens[end].kind != .number else { return nil }
    var start = end
    while start - 1 >= floor, end - start < 9, isPhraseWord(start - 1) { start -= 1 }
    // A phrase opens with a content word or a determiner, never with "and" or "of".
    while start < end, ["and", "of", "&"].contains(tokens[start].lower) { start += 1 }
    return start..<(end + 1)
  }

  /// Whether a token can sit inside a noun phrase naming an actor.
  func isPhraseWord(_ k: Int) -> Bool {
    let t = tokens[k]
    if t.kind == .punct { return t.first == "&" || t.first == "-" || t.first == "‑" }
    guard t.kind == .word || t.kind == .number else { return false }
    if ClauseWords.phraseBreaks.contains(t.lower) || t.classes.contains(.cue) { return false }
    if t.classes.contains(.pronouns) && !t.isCapitalized { return false }
    // "on Sunday", "last week", "overnight" date an event; they never name an actor.
    if t.classes.contains(.timeWords) || t.lower == "overnight" { return false }
    if t.isCapitalized, DateResolver.months.contains(t.lower) { return false }
    return !isAdverb(t)
  }

  /// A lower-case "-ly" word that is not a noun such as "ally" or "assembly".
  func isAdverb(_ t: Token) -> Bool {
    guard !t.isCapitalized, t.lower.utf8.count > 4, t.lower.hasSuffix("ly") else { return false }
    return !t.classes.contains(.eventTrigger) && ActorLexicon.sectors[t.lower] == nil
      && !["assembly", "family", "monopoly", "supply", "reply", "rally", "ally"].contains(t.lower)
  }
}
