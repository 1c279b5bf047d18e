extension EventFinder {
  /// "X attacked Y", "X met with Y", "X urged Y to …", "X threatened to strike Y":
  /// the subject is the source, the object (if any) the target.
  func active(_ entry: TriggerEntry, _ k: Int, triggerEnd: Int, floor: Int, ceiling: Int) -> [EventDraft] {
    guard let (source, skipped) = subject(before: k, floor: floor), canHeadSubject(source.upperBound - 1)
    else { return [] }
    let stopAtOf = entry.type == .accuse || entry.type == .sanction || entry.type == .coerce
    var target = object(from: triggerEnd, ceiling: ceiling, stopAtOf: stopAtOf)
    if target == nil, triggerEnd + 1 < ceiling, tokens[triggerEnd].lower == "to", !opensPhrase(triggerEnd + 1) {
      // "threatened to strike Y": the target is the infinitive's object.
      target = object(from: triggerEnd + 2, ceiling: ceiling, stopAtOf: stopAtOf)
    }
    if let t = target, ClauseWords.lightVerbs.contains(tokens[k].lower),
      t.contains(where: { actionNoun($0) != nil })
    {
      // "signed an agreement with Y": the noun's event says it better.
      return []
    }
    let draft = EventDraft(
      type: entry.type, mode: entry.mode, source: source, target: target, trigger: k..<triggerEnd,
      modality: modality(skipped, at: k, floor: floor), evidence: "event.subject-verb-object")
    return coordinated(draft)
  }

  /// The noun entry of an action noun at `k`, if the token is one.
  func actionNoun(_ k: Int) -> TriggerEntry? {
    guard tokens[k].classes.contains(.eventTrigger) else { return nil }
    return TriggerLexicon.shared.entries[tokens[k].lower]?.first { $0.part == .noun && $0.particles.isEmpty }
  }
}
