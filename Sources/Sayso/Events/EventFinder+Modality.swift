extension EventFinder {
  static let negators: WordSet = [
    "not", "never", "refused", "refuses", "failed", "fails", "declined", "declines", "unable", "cannot",
    "stopped", "ceased",
    "won't", "won’t", "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "hasn't", "hasn’t",
    "haven't", "haven’t", "wouldn't", "wouldn’t", "couldn't", "couldn’t", "isn't", "isn’t", "wasn't",
    "wasn’t", "weren't", "weren’t",
  ]
  static let hypotheticals: WordSet = [
    "could", "would", "might", "may", "should", "must", "can", "threatened", "threatens", "threatening",
    "wants", "want", "wanted", "hopes", "hoped", "tried", "tries", "sought", "seeks", "likely",
  ]
  static let futures: WordSet = [
    "will", "'ll", "’ll", "shall", "plans", "planned", "planning", "intends", "intended", "going", "set",
    "expected", "vowed", "vows", "pledged", "pledges", "promised", "promises", "due", "poised", "preparing",
    "agreed", "agree", "agrees", "offered", "offers", "willing", "ready", "decided",
  ]

  /// The modality from the words between subject and trigger, or an "if"
  /// or "unless" earlier in the sentence.
  func modality(_ skipped: [String], at k: Int, floor: Int) -> Modality {
    if skipped.contains(where: Self.negators.contains) { return .negated }
    if skipped.contains(where: Self.hypotheticals.contains) { return .hypothetical }
    if skipped.contains(where: Self.futures.contains) { return .future }
    for j in floor..<k where ["if", "unless", "whether"].contains(tokens[j].lower) { return .hypothetical }
    // "demanded that Iran surrender": what is asked for has not happened.
    for j in floor..<k where tokens[j].classes.contains(.eventTrigger) {
      if let e = TriggerLexicon.shared.entries[tokens[j].lower],
        e.contains(where: { $0.type == .request || $0.type == .threaten }),
        j + 1 < k, tokens[j + 1].lower == "that"
      {
        return .hypothetical
      }
    }
    return .asserted
  }
}
