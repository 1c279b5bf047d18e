extension EventFinder {
  /// Splits coordinated actors into one event each: "Iran and Iraq signed" is
  /// one event between the two when nothing else is named; "X met A, B and C"
  /// is three.
  func coordinated(_ draft: EventDraft) -> [EventDraft] {
    var draft = draft
    if let t = draft.target, let parties = partiesOfTalks(t) { draft.target = parties }
    let sources = conjuncts(draft.source)
    let targets = draft.target.map(conjuncts) ?? []
    // "Turkey and Syria are violating the ceasefire": fighting over a thing,
    // with no one else named, is between the coordinated sides.
    let fightingEachOther =
      draft.type == .assault && sources.count == 2
      && (draft.target.map { !isActorLike($0) && !tokens[$0.lowerBound].classes.contains(.pronouns) } ?? false)
    // "X and Y held talks with Z": a partner named after "with" is the other
    // side, and the coordinated subjects act together.
    // "with each side rejecting …" sets off a clause, not a partner.
    let partner = draft.target.map {
      $0.lowerBound > 0 && tokens[$0.lowerBound - 1].lower == "with" && isActorLike($0)
        && !["each", "both", "all", "one"].contains(tokens[$0.lowerBound].lower)
    }
    let jointly = (draft.isJoint || Self.mutual.contains(draft.type) || fightingEachOther) && partner != true
    // Coordinated subjects of a joint act are its two sides; any other phrase
    // found for the target is a place or a topic ("in the Great Hall").
    if sources.count > 1 && jointly {
      var d = draft
      d.source = sources[0]
      d.target = sources[1]
      d.evidence += "+coordination"
      return [d]
    }
    if sources.count == 1 && targets.count <= 1 { return [draft] }
    var out: [EventDraft] = []
    for s in sources.prefix(4) {
      for t in (targets.isEmpty ? [nil] : targets.prefix(6).map(Optional.some)) {
        var d = draft
        d.source = s
        d.target = t
        if sources.count > 1 || targets.count > 1 { d.evidence += "+coordination" }
        out.append(d)
      }
    }
    return out
  }

  /// "and", "&" or a comma.
  func isJoiner(_ t: Token) -> Bool {
    t.kind == .word ? t.lower == "and" : t.isPunct(",") || t.isPunct("&")
  }

  /// Actions done together by both sides.
  static let mutual: Set<EventType> = [.agree, .consult, .cooperate]

  /// The parts of a phrase joined by "and", "or", "&" or commas, each opening
  /// like a noun phrase; a phrase that does not split is returned whole.
  func conjuncts(_ range: Range<Int>) -> [Range<Int>] {
    var parts: [Range<Int>] = []
    var start = range.lowerBound
    guard range.contains(where: { isJoiner(tokens[$0]) }) else { return [range] }
    let hasAnd =
      range.contains { isJoiner(tokens[$0]) && !tokens[$0].isPunct(",") }
      || range.count { tokens[$0].isPunct(",") } > 1
    for j in range where isJoiner(tokens[j]) {
      guard j > start, j + 1 < range.upperBound else { continue }
      // A comma without a later "and" sets off an apposition, not a list.
      if tokens[j].isPunct(","), !hasAnd { continue }
      var next = j + 1
      if tokens[next].kind == .word, tokens[next].lower == "and" { next += 1 }
      guard next < range.upperBound, opensPhrase(next) else { continue }
      parts.append(start..<j)
      start = next
    }
    parts.append(start..<range.upperBound)
    return parts.map(withoutPositionNote).filter { !$0.isEmpty }
  }
}
