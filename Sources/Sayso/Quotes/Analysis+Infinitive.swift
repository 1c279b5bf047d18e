extension Analysis {
  /// Where the verb phrase that leads to an infinitive of saying starts:
  /// "went on to say", "proceeded to argue", "was quick to add", "used to
  /// say", "continued to insist", "has been known to say". The speaker is the
  /// subject before it. `nil` when the cue at `c` is no such infinitive.
  func infinitiveOpener(beforeCue c: Int, floor: Int) -> Int? {
    // "is said to have told aides …": hearsay about what the subject said.
    if c - 4 >= floor, tokens[c - 1].lower == "have", tokens[c - 2].lower == "to",
      Self.hearsayParticiples.contains(tokens[c - 3].lower)
    {
      return tokens[c - 4].classes.contains(.eventBeForm) ? c - 4 : c - 3
    }
    guard c - 3 >= floor, tokens[c - 1].lower == "to" else { return nil }
    let (w1, w2) = (tokens[c - 3].lower, tokens[c - 2].lower)
    if w2 == "on", ["went", "goes", "go", "going"].contains(w1) { return c - 3 }
    // "used to say", "likes to say": what the speaker says again and again.
    if w2 == "proceeded" || Self.habitualVerbs.contains(w2) { return c - 2 }
    if ["quick", "careful", "keen", "eager"].contains(w2), tokens[c - 3].classes.contains(.eventBeForm) {
      return c - 3
    }
    if w2 == "known", ["been", "is", "was", "are", "were"].contains(w1) {
      let perfect = w1 == "been" && c - 4 >= floor && ["has", "have", "had"].contains(tokens[c - 4].lower)
      return perfect ? c - 4 : c - 3
    }
    return nil
  }

  /// Verbs before "to" and a verb of saying that make it a habit.
  static let habitualVerbs: WordSet = [
    "used", "likes", "liked", "like", "loves", "loved", "love", "continued", "continues", "continue", "tends",
    "tended", "tend",
  ]

  /// "is said to have", "was reported to have": someone else's account of
  /// what the subject said.
  static let hearsayParticiples: WordSet = ["said", "reported", "believed", "thought", "understood", "alleged"]
}
