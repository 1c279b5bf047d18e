extension EventFinder {
  /// Whether the participle at `k` follows a form of "be" ("was attacked",
  /// "were not released"), adverbs allowed between.
  func isPassive(_ k: Int, _ entry: TriggerEntry, floor: Int) -> Bool {
    guard entry.isParticiple else { return false }
    // "is opposed to", "is committed to": a state, read like an active verb.
    if k + 1 < tokens.count, tokens[k + 1].lower == "to",
      entry.type == .reject || entry.type == .support || entry.type == .agree,
      // "were not allowed to leave" is a passive all the same.
      entry.lemma != "allow" && entry.lemma != "permit"
    {
      return false
    }
    // "rebels backed by Iran": a participle after a noun, with its agent, is a reduced passive.
    // "the Houthis, backed by Iran,": set off by a comma too.
    if k + 1 < tokens.count, tokens[k + 1].lower == "by", k > floor {
      let noun = tokens[k - 1].isPunct(",") && k - 1 > floor ? k - 2 : k - 1
      if tokens[noun].kind == .word, !tokens[noun].classes.contains(.eventAuxiliary), canHeadSubject(noun) {
        return true
      }
    }
    var j = k - 1
    while j >= floor {
      if tokens[j].lower == "not" || tokens[j].lower == "also" || isAdverb(tokens[j]) {
        j -= 1
      } else if ["and", "or"].contains(tokens[j].lower), j - 1 > floor, isParticipleForm(tokens[j - 1]) {
        // "were tortured and killed by …": the second participle shares the "be".
        j -= 2
      } else {
        break
      }
    }
    return j >= floor && tokens[j].classes.contains(.eventBeForm)
  }

  /// A lower-case past participle: "tortured", "beaten", "shot".
  func isParticipleForm(_ t: Token) -> Bool {
    !t.isCapitalized && (t.lower.hasSuffix("ed") || t.lower.hasSuffix("en") || t.lower == "shot")
  }

  /// "Y was attacked by X": the agent after "by" (or "through") is the
  /// source, the subject the target. Without an agent there is no event,
  /// except for the acts only a state performs (see ``statePlace``).
  func passive(_ entry: TriggerEntry, _ k: Int, triggerEnd: Int, floor: Int, ceiling: Int) -> [EventDraft] {
    guard let (target, skipped) = subject(before: k, floor: floor) else { return [] }
    if let place = statePlace(entry, triggerEnd: triggerEnd, ceiling: ceiling) {
      let draft = EventDraft(
        type: entry.type, mode: entry.mode, source: place, target: target, trigger: k..<triggerEnd,
        modality: modality(skipped, at: k, floor: floor), evidence: "event.passive-place")
      return coordinated(draft)
    }
    var j = triggerEnd
    let window = min(ceiling, triggerEnd + 16)
    while j < window {
      let w = tokens[j].lower
      if w == "by" || w == "through" { break }
      if tokens[j].isPunct(";") || tokens[j].kind == .quote || w == "but" || w == "who" || w == "which" { return [] }
      j += 1
    }
    guard j < window, let source = object(from: j + 1, ceiling: ceiling, stopAtOf: false) else {
      // "troops were deployed along the border": the forces stand for whoever sent them.
      guard entry.type == .mobilize else { return [] }
      return forcesMoved(entry, k, forces: target, skipped: skipped, triggerEnd: triggerEnd, ceiling: ceiling)
    }
    let draft = EventDraft(
      type: entry.type, mode: entry.mode, source: source, target: target, trigger: k..<triggerEnd,
      modality: modality(skipped, at: k, floor: floor), evidence: "event.passive-by")
    return coordinated(draft)
  }
}
