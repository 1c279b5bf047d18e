extension EventFinder {
  /// "The journalist was arrested in Niger": an arrest, a release, a charge
  /// or an investigation is a state's act, so without an agent the country
  /// it happened in is the source. Only an agentless passive qualifies, and
  /// only a country or region the lexicon knows; a killing "in Baghdad" has
  /// no known author and stays without an event.
  func statePlace(_ entry: TriggerEntry, triggerEnd: Int, ceiling: Int) -> Range<Int>? {
    guard Self.stateActs.contains(entry.type) else { return nil }
    var j = triggerEnd
    var place: Range<Int>?
    while j + 1 < min(ceiling, triggerEnd + 12) {
      let w = tokens[j].lower
      if w == "by" || w == "through" { return nil }
      if tokens[j].isPunct(";") || tokens[j].isPunct(",") || Self.recipientStops.contains(w) { break }
      if place == nil, w == "in" {
        var start = j + 1
        if tokens[start].lower == "the", start + 1 < ceiling { start += 1 }
        if tokens[start].isCapitalized, tokens[start].classes.contains(.places),
          !tokens[start].classes.contains(.possessive)
        {
          var end = start + 1
          while end < ceiling, tokens[end].isCapitalized, tokens[end].kind == .word { end += 1 }
          place = start..<end
        }
      }
      j += 1
    }
    return place
  }

  static let stateActs: Set<EventType> = [.coerce, .retreat, .accuse, .sanction]
}
