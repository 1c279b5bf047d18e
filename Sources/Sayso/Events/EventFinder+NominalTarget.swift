extension EventFinder {
  /// The target after an action noun: the phrase after a target preposition
  /// a few words on ("talks with Y", "strikes on Y", "visit to Y"), or the
  /// subject after "that" for demands ("demand that Y surrender").
  func nominalTarget(after k: Int, ceiling: Int, entry: TriggerEntry) -> Range<Int>? {
    var j = k + 1
    while j < min(ceiling, k + 6) {
      let w = tokens[j].lower
      if w == "that" && entry.type == .request { return clauseSubject(from: j + 1, ceiling: ceiling) }
      if w == "into", entry.type == .accuse, let suspect = suspectOfInquiry(from: j + 1, ceiling: ceiling) {
        return suspect
      }
      // "funding to fight the epidemic": an infinitive names a purpose, not a target.
      // ("a threat to attack Y" does name its target after the verb.)
      if entry.type == .aid, w == "to", j + 1 < ceiling, isBareVerb(j + 1), !tokens[j + 1].lower.contains("-"),
        !["al", "ic", "rn", "an"].contains(where: { tokens[j + 1].lower.hasSuffix($0) })
      {
        return nil
      }
      let forBeneficiary = w == "for" && [.support, .aid, .request].contains(entry.type)
      let fromDonor = w == "from" && entry.type == .request
      // "support for the talks among Iraqi factions": the factions.
      if forBeneficiary, let talks = object(from: j + 1, ceiling: ceiling, stopAtOf: false),
        let parties = partiesOfTalks(talks)
      {
        return parties
      }
      if (ClauseWords.targetPrepositions.contains(w) && w != "from" && w != "over") || forBeneficiary || fromDonor {
        return object(from: j, ceiling: ceiling, stopAtOf: entry.type == .accuse)
      }
      if w == "of", [.assault, .coerce, .retreat, .accuse].contains(entry.type) {
        // "the assassination of Y", "the release of Y".
        return object(from: j + 1, ceiling: ceiling, stopAtOf: false)
      }
      guard tokens[j].kind == .word, !ClauseWords.phraseBreaks.contains(w) || w == "during" else { return nil }
      j += 1
    }
    return nil
  }

  /// "missiles were launched from X toward Y": a weapon noun as the subject of
  /// a passive light verb, the source after "from".
  func launched(_ k: Int, ceiling: Int) -> (source: Range<Int>, target: Range<Int>?)? {
    guard
      tokens[k].lower.hasPrefix("missile") || tokens[k].lower.hasPrefix("rocket") || tokens[k].lower.hasPrefix("drone")
    else { return nil }
    var j = k + 1
    while j < min(ceiling, k + 4), tokens[j].classes.contains(.eventBeForm) || isAdverb(tokens[j]) { j += 1 }
    guard j > k + 1, j < ceiling, tokens[j].classes.contains(.eventLightVerb), j + 1 < ceiling,
      tokens[j + 1].lower == "from", let source = object(from: j + 2, ceiling: ceiling, stopAtOf: false)
    else { return nil }
    let after = source.upperBound
    let target = after < ceiling ? object(from: after, ceiling: ceiling, stopAtOf: false) : nil
    return (source, target)
  }

  /// "an investigation into whether Y spied", "a probe into claims that Y
  /// abused …": the one whose conduct is looked into is the clause's subject.
  func suspectOfInquiry(from start: Int, ceiling: Int) -> Range<Int>? {
    guard start < ceiling else { return nil }
    var j = start
    if tokens[j].lower == "whether" {
      j += 1
    } else if Self.claimNouns.contains(tokens[j].lower) {
      j += 1
      if j < ceiling, tokens[j].lower == "that" { j += 1 }
    } else {
      return nil
    }
    guard let phrase = object(from: j, ceiling: ceiling, stopAtOf: false) else { return nil }
    // The clause's verb ends its subject: "two servicemen abused …", "the minister took …".
    let verb = phrase.dropFirst().first { k in
      let t = tokens[k]
      guard !t.isCapitalized, t.kind == .word else { return false }
      return t.lower.hasSuffix("ed") || t.classes.contains(.eventBeForm) || t.classes.contains(.eventAuxiliary)
        || Self.pastTenses.contains(t.lower)
    }
    let subject = phrase.lowerBound..<(verb ?? phrase.upperBound)
    return isActorLike(subject) ? subject : nil
  }

  static let pastTenses: WordSet = [
    "took", "gave", "made", "sent", "paid", "stole", "hid", "led", "met", "fled", "sold", "kept", "broke", "spent",
    "lied", "spied",
  ]

  static let claimNouns: WordSet = [
    "claims", "allegations", "reports", "accusations", "suspicions", "charges", "complaints",
  ]
}
