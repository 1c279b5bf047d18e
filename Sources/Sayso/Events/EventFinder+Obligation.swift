extension EventFinder {
  /// "Russia said Sudan must return the helicopter": telling another side
  /// what it must or should do is a demand on it (REQUEST), made by the one
  /// who says it. The reporting verb is the trigger, so the demand is the
  /// speaker's act rather than a claim inside the quotation.
  func obligation(at k: Int) -> EventDraft? { reportedClaim(at: k, type: .request) }

  /// "The government said Taliban militants were responsible": saying that
  /// another side is to blame accuses it.
  func blame(at k: Int) -> EventDraft? {
    guard k + 1 < tokens.count, tokens[k].classes.contains(.eventBeForm) else { return nil }
    let next = tokens[k + 1].lower
    let blames =
      next == "responsible" || next == "behind" || next == "guilty"
      || (next == "to" && k + 2 < tokens.count && tokens[k + 2].lower == "blame")
    return blames ? reportedClaim(at: k, type: .accuse) : nil
  }

  /// The event of a reported clause whose subject is acted on by the one
  /// who reports it: `SPEAKER cue (that) SUBJECT` then the word at `k`.
  func reportedClaim(at k: Int, type: EventType) -> EventDraft? {
    let floor = analysis.sentenceStart(of: k)
    guard k - 1 > floor, let demanded = phrase(endingAt: k - 1, floor: floor), isActorLike(demanded),
      !tokens[demanded.lowerBound].classes.contains(.pronouns)
    else { return nil }
    var c = demanded.lowerBound - 1
    if c >= floor, tokens[c].lower == "that" { c -= 1 }
    // "said here Wednesday that …"
    while c > floor, tokens[c].classes.contains(.timeWords) || tokens[c].lower == "here" || tokens[c].lower == "on" {
      c -= 1
    }
    guard c > floor, tokens[c].classes.contains(.cue), !tokens[c].isCapitalized,
      let (speaker, skipped) = subject(before: c, floor: floor), canHeadSubject(speaker.upperBound - 1)
    else { return nil }
    return EventDraft(
      type: type, mode: nil, source: speaker, target: demanded, trigger: c..<(c + 1),
      modality: modality(skipped, at: c, floor: floor),
      evidence: type == .request ? "event.reported-obligation" : "event.reported-blame")
  }

  /// Whether the token is "must" or "should", the words of an obligation.
  func isObligation(_ k: Int) -> Bool {
    tokens[k].classes.contains(.eventAuxiliary) && (tokens[k].lower == "must" || tokens[k].lower == "should")
  }
}
