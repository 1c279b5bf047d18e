extension EventFinder {
  /// PLOVER's own distinctions that a trigger alone cannot make: a promise
  /// to act is AGREE ("will release", "agreed to meet"), an announced protest,
  /// restriction or attack is THREATEN ("will impose a curfew"), signing a formal agreement is SUPPORT, and stopping aid or
  /// talks is SANCTION.
  func applyCodebook(_ draft: inout EventDraft, governingVerb: Int? = nil) {
    let verb = governingVerb.map { tokens[$0].lower }
    if draft.type == .mobilize, isPeaceMission(draft) {
      draft.type = .aid
      draft.mode = "military"
      draft.evidence += "+peacekeeping"
    }
    if draft.type == .agree, let verb, Self.signingVerbs.contains(verb) {
      draft.type = .support
      draft.isJoint = true
      draft.evidence += "+signed"
      return
    }
    if let verb, Self.demandingVerbs.contains(verb), draft.type != .request {
      // "demanded the withdrawal of Yugoslav forces": a request that those forces act.
      draft.type = .request
      draft.mode = nil
      draft.evidence += "+demanded"
      let after = draft.trigger.upperBound
      if after + 1 < tokens.count, tokens[after].lower == "of",
        let actor = object(from: after + 1, ceiling: tokens.count, stopAtOf: true), isActorLike(actor)
      {
        draft.target = actor
      }
      return
    }
    if let verb, ClauseWords.reversalVerbs.contains(verb),
      [.aid, .cooperate, .consult].contains(draft.type) || draft.mode == "ties"
    {
      // Stopping aid or cooperation reduces relations; calling off a visit rejects a meeting.
      draft.type = draft.type == .consult ? .reject : .sanction
      draft.evidence += "+halted"
      return
    }
    switch (draft.modality, draft.type) {
    case (.future, .consult), (.future, .retreat), (.future, .aid), (.future, .concede), (.future, .cooperate),
      (.future, .support):
      draft.type = .agree
      draft.modality = .asserted
      draft.evidence += "+intent"
    case (.future, .protest), (.hypothetical, .protest), (.future, .coerce), (.future, .sanction),
      (.future, .assault):
      draft.type = .threaten
      draft.modality = .asserted
      draft.evidence += "+intent"
    default: break
    }
  }

  /// Light verbs that ask for the act their noun names.
  static let demandingVerbs: WordSet = [
    "demanded", "demand", "demands", "urged", "urge", "urges", "sought", "seek", "seeks", "requested", "request",
  ]

  static let signingVerbs: WordSet = [
    "signed", "sign", "signs", "signing", "ratified", "ratify", "ratifies", "inked", "ink", "concluded",
  ]

  /// "will not accept", "did not support": refusing a cooperative act is,
  /// in PLOVER, a rejection.
  func negatedCooperation(_ draft: inout EventDraft) {
    guard draft.modality == .negated else { return }
    switch draft.type {
    case .agree, .support, .concede, .cooperate, .aid, .retreat, .consult:
      draft.type = .reject
      draft.isJoint = true
      draft.modality = .asserted
      draft.evidence += "+negated-cooperation"
    default: break
    }
  }
}
