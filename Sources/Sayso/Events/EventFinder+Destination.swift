extension EventFinder {
  /// Whether an object is the source's own people sent somewhere rather than
  /// the one acted on: "sent troops", "deployed seven rescue teams". Such an
  /// object names no country or person, and its head is a force or a team.
  func isOwnForces(_ range: Range<Int>) -> Bool {
    guard let head = range.last, tokens[head].kind == .word else { return false }
    let named = range.contains { k in
      let t = tokens[k]
      return (t.isCapitalized && !t.classes.contains(.determiners)) || t.classes.contains(.demonyms)
        || t.classes.contains(.places) || t.classes.contains(.possessive)
    }
    guard !named else { return false }
    let word = tokens[head].lower
    return ActorLexicon.sectors[word] == "MIL" || Self.dispatchedNouns.contains(word)
  }

  static let dispatchedNouns: WordSet = [
    "teams", "team", "experts", "personnel", "units", "unit", "peacekeepers", "observers", "monitors",
    "advisers", "advisors", "instructors", "contingent", "contingents",
  ]

  /// The country a mission, a force or a thing goes to, named right after it:
  /// "troops to the UN peacekeeping mission in Mali", "contribute to the
  /// operation in Georgia". The place is who the act is for; the body or the
  /// thing on the way is not.
  ///
  /// After an actor ("police arrested protesters in Jerusalem") the place is
  /// only where it happened, so a body needs words of a mission between it
  /// and the place (`throughMission`).
  func destination(after range: Range<Int>, ceiling: Int, throughMission: Bool = false) -> Range<Int>? {
    guard !range.contains(where: { namesPlace($0) || tokens[$0].classes.contains(.demonyms) }) else { return nil }
    var j = range.upperBound
    // A few lower-case words may finish the phrase: "peacekeeping force in".
    while j < min(ceiling, range.upperBound + 3), tokens[j].kind == .word, !tokens[j].isCapitalized,
      tokens[j].lower != "in", tokens[j].classes.isDisjoint(with: [.functionWords, .eventTrigger, .cue])
    {
      j += 1
    }
    // A force sent from abroad ("an international peacekeeping force in X") is a mission too.
    let mission = j > range.upperBound || range.contains { Self.missionModifiers.contains(tokens[$0].lower) }
    guard j + 1 < ceiling, tokens[j].lower == "in", !throughMission || mission else { return nil }
    var start = j + 1
    if tokens[start].lower == "the", start + 1 < ceiling { start += 1 }
    guard tokens[start].isCapitalized, tokens[start].classes.contains(.places) else { return nil }
    var end = start
    while end < ceiling, tokens[end].isCapitalized, tokens[end].kind == .word { end += 1 }
    return start..<end
  }

  static let missionModifiers: WordSet = [
    "peacekeeping", "peace-keeping", "international", "multinational", "stabilization", "stabilisation",
  ]

  /// Whether a token is a place name; "United" in "United Nations" is not.
  func namesPlace(_ k: Int) -> Bool {
    guard tokens[k].classes.contains(.places) else { return false }
    return !(tokens[k].lower == "united" && k + 1 < tokens.count && tokens[k + 1].lower == "nations")
  }
}
