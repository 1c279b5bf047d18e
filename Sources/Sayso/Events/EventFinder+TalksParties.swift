extension EventFinder {
  /// The parties of talks named as a target: "support for the negotiations
  /// among Iraqi factions" is support for the groups, and "backed talks
  /// between the government and the rebels" for both sides.
  func partiesOfTalks(_ target: Range<Int>) -> Range<Int>? {
    guard let head = target.last, let noun = actionNoun(head), noun.type == .consult || noun.type == .agree,
      !isActorLike(target)
    else { return nil }
    let end = analysis.sentences[analysis.sentenceOf[head]].tokens.upperBound
    let opener = target.upperBound
    guard opener + 1 < end, ["among", "between", "with"].contains(tokens[opener].lower),
      let parties = object(from: opener + 1, ceiling: end, stopAtOf: false), isActorLike(parties)
    else { return nil }
    return parties
  }
}
