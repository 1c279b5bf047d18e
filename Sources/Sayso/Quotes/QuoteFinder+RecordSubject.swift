extension QuoteFinder {
  /// Whether a speaker is a record rather than a person: a poll, a survey,
  /// data, documents or footage, named among the mention's first words and
  /// before any preposition ("the latest polling in Veloria", "polls
  /// released Sunday", "footage from the quay").
  func isRecord(_ speaker: SpeakerMention) -> Bool {
    for k in speaker.tokens.prefix(7) {
      let t = a.tokens[k]
      if t.kind == .word, Self.recordNouns.contains(t.lower) { return true }
      if k > speaker.tokens.lowerBound, t.classes.contains(.prepositions) { return false }
    }
    return false
  }

  /// The subject of a record's verb: the speaker reader's answer when it is
  /// a record, else a record that opens the sentence (``recordSubject``).
  func recordOrSpeaker(before c: Int, lemma: String, sentence s: Range<Int>) -> SpeakerMention? {
    let found = a.speaker(before: c, floor: s.lowerBound)
    if let found, isRecord(found) { return found }
    return recordSubject(before: c, lemma: lemma, sentence: s) ?? found
  }

  /// "The latest polling in Veloria shows …", "News footage from the quay
  /// showed …", "A May 3 email shows …": a record that opens its sentence
  /// and is modified by a phrase or a date the speaker reader does not take.
  /// The subject runs from the sentence start to the verb; a record noun
  /// stands among its first six words, before any preposition.
  func recordSubject(before c: Int, lemma: String, sentence s: Range<Int>) -> SpeakerMention? {
    guard Self.recordLemmas.contains(lemma), c - s.lowerBound <= 16 else { return nil }
    var start = s.lowerBound
    // "“Polls show …", "- One poll shows …", "But the poll found …".
    while start < c, a.tokens[start].kind == .quote || a.tokens[start].isPunct("-") { start += 1 }
    if start < c, Self.leadingConjunctions.contains(a.tokens[start].lower) { start += 1 }
    // "the poll also shows", "polling is showing": adverbs and auxiliaries belong to the verb.
    var end = c
    while end > start, a.tokens[end - 1].kind == .word,
      a.tokens[end - 1].lower.hasSuffix("ly") || a.tokens[end - 1].classes.contains(.cueModifiers)
        || Self.recordAuxiliaries.contains(a.tokens[end - 1].lower)
    {
      end -= 1
    }
    guard start < end else { return nil }
    var head: Int?
    for k in start..<end {
      let t = a.tokens[k]
      // The comma of a date ("a Sept. 15, 2011 email") is no break, nor the
      // slash of joint sponsors ("a Post/ABC poll").
      let inPhrase =
        t.first == "." || t.first == "-" || t.first == "/"
        || (t.first == "," && k > start && a.tokens[k - 1].kind == .number && a.tokens[k + 1].kind == .number)
      // A comma, a dash or a quotation ends a subject; a verb of saying opens another report.
      if (t.kind == .punct && !inPhrase) || t.kind == .quote { return nil }
      if let h = head {
        // After the head a phrase may follow ("from the quay", "released
        // Sunday", "taken in May"), not a verb of its own ("results arrive").
        if k == h + 1, t.kind == .word, !Self.recordNouns.contains(t.lower), !t.classes.contains(.prepositions),
          !t.classes.contains(.timeWords), !t.lower.hasSuffix("ed"), !t.lower.hasSuffix("en")
        {
          return nil
        }
        if a.cue(at: k) != nil { return nil }
      } else if t.kind == .word, Self.recordNouns.contains(t.lower) {
        head = k
      } else if k - start >= 6 || t.classes.contains(.prepositions) || t.classes.contains(.subordinators)
        || t.classes.contains(.pronouns)
      {
        return nil
      }
    }
    guard let head else { return nil }
    // "Polls show" agrees with a plural verb; "the poll shows" with a singular one.
    let plural = a.tokens[head].lower.hasSuffix("s") || a.tokens[head].lower == "data"
    return SpeakerMention(kind: plural ? .group : .description, tokens: start..<end)
  }

  static let leadingConjunctions: WordSet = ["but", "and", "yet", "so", "still", "instead", "meanwhile"]
  static let recordAuxiliaries: WordSet = ["is", "are", "was", "were", "has", "have", "had", "now", "still", "again"]

  /// Verbs by which a record reports without "that": "polls show the mayor
  /// leading", "the audit found gaps in the accounts".
  static let recordLemmas: WordSet = ["show", "find"]

  static let recordNouns: WordSet = [
    "poll", "polls", "polling", "survey", "surveys", "data", "figures", "numbers", "records", "record", "results",
    "findings", "study", "studies", "research", "analysis", "documents", "document", "emails", "email", "video",
    "videos", "footage", "photos", "images", "average", "tally", "count", "statistics", "estimates", "inquiry",
    "investigation", "review", "audit", "report", "reports", "paper", "papers", "filing", "filings", "memo",
    "memos", "transcript", "transcripts", "recording", "recordings", "tape", "tapes", "logs", "receipts",
    "projections", "forecast", "forecasts", "model", "models", "map", "maps", "chart", "charts",
  ]
}
