extension EventFinder {
  /// "2,000 Russian soldiers were deployed along the corridor", "British
  /// troops have arrived in Mali": forces that are sent or arrive act for
  /// their country even with no agent named, and the place they go to is
  /// the target.
  func forcesMoved(
    _ entry: TriggerEntry, _ k: Int, forces: Range<Int>, skipped: [String], triggerEnd: Int, ceiling: Int
  )
    -> [EventDraft]
  {
    guard isForces(forces) else { return [] }
    var start = triggerEnd
    // "deployed as peacekeeping forces along the corridor": the role is no place.
    if start + 1 < ceiling, tokens[start].lower == "as",
      let role = object(from: start + 1, ceiling: ceiling, stopAtOf: true)
    {
      start = role.upperBound
    }
    let place = destinationOfForces(after: start, ceiling: ceiling)
    var draft = EventDraft(
      type: .mobilize, mode: entry.mode, source: forces, target: place, trigger: k..<triggerEnd,
      modality: modality(skipped, at: k, floor: analysis.sentenceStart(of: k)), evidence: "event.forces-moved")
    negatedCooperation(&draft)
    applyCodebook(&draft)
    return coordinated(draft)
  }

  /// Where forces go: the first phrase after "in", "to", "along" and the
  /// like within twelve words, a place or an actor ("along the border").
  func destinationOfForces(after start: Int, ceiling: Int) -> Range<Int>? {
    var j = start
    while j + 1 < min(ceiling, start + 12) {
      let w = tokens[j].lower
      if tokens[j].isPunct(";") || tokens[j].isPunct(",") || Self.recipientStops.contains(w) { return nil }
      let infinitive = w == "to" && isBareVerb(j + 1)
      if Self.movementPrepositions.contains(w), !infinitive,
        let place = object(from: j + 1, ceiling: ceiling, stopAtOf: false)
      {
        return place
      }
      j += 1
    }
    return nil
  }

  static let movementPrepositions: WordSet = ["in", "to", "at", "along", "near", "into", "inside", "across"]

  /// Whether a phrase names armed forces: soldiers, troops, peacekeepers.
  func isForces(_ range: Range<Int>) -> Bool {
    range.contains { ActorLexicon.sectors[tokens[$0].lower] == "MIL" && !tokens[$0].isCapitalized }
  }

  /// "peacekeeping troops", "to help deliver aid": forces sent to keep the
  /// peace or bring relief are aid in PLOVER, not a show of force.
  func isPeaceMission(_ draft: EventDraft) -> Bool {
    let end = min(
      analysis.sentences[analysis.sentenceOf[draft.trigger.lowerBound]].tokens.upperBound,
      draft.trigger.upperBound + 16)
    let words = Array(draft.source) + Array(draft.trigger.lowerBound..<end)
    return words.contains { k in
      let w = tokens[k].lower
      return w.hasPrefix("peacekeep") || w.hasPrefix("peace-keep") || Self.reliefWords.contains(w)
    }
  }

  static let reliefWords: WordSet = ["humanitarian", "relief", "aid"]
}
