extension Analysis {
  /// "Officials familiar with the talks said", "sources close to the mayor
  /// said", "economists surveyed by the bank say": the phrase read before the
  /// verb is the object of an adjective or participle that describes the
  /// speakers, who stand before it. Without this rule the talks, the mayor
  /// or the bank would be quoted.
  func speaker(postmodifiedBy m: SpeakerMention, floor: Int, sentenceStart: Int) -> SpeakerMention? {
    let p = m.tokens.lowerBound - 1
    guard m.kind != .pronoun, p - 2 >= floor, tokens[p].kind == .word,
      let prepositions = Self.postmodifiers[tokens[p - 1].lower], prepositions.contains(tokens[p].lower),
      var outer = reader.mention(endingAt: p - 2, floor: floor, sentenceStart: sentenceStart),
      outer.kind == .group || outer.kind == .description
    else { return nil }
    outer.tokens = outer.tokens.lowerBound..<m.tokens.upperBound
    return outer
  }

  /// Words that follow the people they describe, with the prepositions they
  /// take: "familiar with", "close to", "briefed on", "polled by".
  static let postmodifiers: [String: Set<String>] = [
    "familiar": ["with"], "close": ["to"], "closer": ["to"], "closest": ["to"], "loyal": ["to"],
    "opposed": ["to"], "allied": ["with", "to"], "aligned": ["with"], "sympathetic": ["to"],
    "briefed": ["on", "about", "by"], "involved": ["in", "with"], "knowledgeable": ["about"],
    "surveyed": ["by", "in", "for"], "polled": ["by", "in", "for"], "interviewed": ["by", "for"],
    "aware": ["of"], "privy": ["to"], "linked": ["to", "with"], "tied": ["to"], "connected": ["to", "with"],
    "affiliated": ["with"], "working": ["for", "with", "on", "in"], "responsible": ["for"],
  ]

  /// "A spokesman for Okafor said", "an aide to Okafor said", "lawyers for
  /// Harbour Lines said", "analysts at Coastline Capital said": someone who
  /// speaks for, or works at, the named person or body.
  func speaker(representing m: SpeakerMention, floor: Int, sentenceStart: Int) -> SpeakerMention? {
    let p = m.tokens.lowerBound - 1
    // ("referred reporters to a statement": a record speaks for no one.)
    let head = tokens[m.tokens.upperBound - 1].lower
    guard m.kind == .name || m.kind == .organisation, p - 1 >= floor,
      !QuoteFinder.recordNouns.contains(head), head != "statement",
      Self.representingPrepositions.contains(tokens[p].lower),
      var outer = reader.mention(endingAt: p - 1, floor: floor, sentenceStart: sentenceStart),
      outer.kind == .description || outer.kind == .group,
      !tokens[outer.tokens.lowerBound].isCapitalized
        || outer.tokens.lowerBound == sentenceStart
    else { return nil }
    outer.tokens = outer.tokens.lowerBound..<m.tokens.upperBound
    return outer
  }

  /// Where a phrase after a speaker read forwards ends: "said a spokesman
  /// for Okafor", "according to people familiar with the matter". `nil`
  /// when none follows.
  func postmodifierEnd(after e: Int, ceiling: Int) -> Int? {
    guard e + 1 < ceiling, tokens[e].kind == .word else { return nil }
    if Self.representingPrepositions.contains(tokens[e].lower) {
      guard let m = reader.mention(startingAt: e + 1, ceiling: ceiling), m.kind == .name || m.kind == .organisation
      else { return nil }
      return m.tokens.upperBound
    }
    guard e + 2 < ceiling, let prepositions = Self.postmodifiers[tokens[e].lower],
      prepositions.contains(tokens[e + 1].lower)
    else { return nil }
    // "familiar with the talks": a plain noun phrase the reader does not take;
    // "familiar with Ruiz’s plans", "close to the Ruiz campaign": the noun
    // after a name.
    var k = e + 2
    if let m = reader.mention(startingAt: k, ceiling: ceiling), m.kind != .pronoun {
      k = m.tokens.upperBound
    } else if tokens[k].classes.contains(.determiners) {
      k += 1
    }
    let words = k
    while k < ceiling, k - words < 4, tokens[k].kind == .word, !tokens[k].isCapitalized || k == e + 2,
      !tokens[k].lower.hasSuffix("ed") || k == e + 2,
      tokens[k].classes.isDisjoint(with: [.prepositions, .functionWords, .pronouns, .determiners])
        || (k == e + 2 && tokens[k].classes.contains(.determiners))
    {
      k += 1
    }
    // "familiar with the planning for Thursday’s meeting": one phrase more.
    if k > e + 2, k + 1 < ceiling, Self.objectTails.contains(tokens[k].lower) {
      var j = k + 1
      if tokens[j].classes.contains(.determiners) { j += 1 }
      let start = j
      while j < ceiling, j - start < 3, tokens[j].kind == .word || tokens[j].kind == .number,
        tokens[j].classes.isDisjoint(with: [.prepositions, .functionWords, .pronouns, .determiners, .cue])
      {
        j += 1
      }
      if j > start { k = j }
    }
    return k > e + 2 ? k : nil
  }

  /// Prepositions that carry the object of "familiar with" one phrase further.
  static let objectTails: WordSet = ["for", "of", "on", "about"]

  static let representingPrepositions: WordSet = ["for", "to", "at", "with"]
}
