extension QuoteFinder {
  /// Quoted words in the object of a verb the cue lexicon does not list:
  /// "Okafor bemoaned a climate in which rivals “hate each other”", "the
  /// ad casts Ruiz as a lender who would “drain” the fund". The subject chose
  /// or said the quoted words, so the clause is theirs, as a mixed quotation
  /// with the verb as its cue (evidence `mixed.quoted-object`).
  ///
  /// Only a quotation no other rule claimed counts, only inside its sentence
  /// (not the whole of it), and never the title of a work.
  mutating func findQuotedObjects() {
    var covered = coveredTokens()
    func cover(_ span: TextSpan) {
      var k = a.firstToken(endingAfter: span.start)
      while k < a.tokens.count, a.tokens[k].start < span.end {
        covered[k] = true
        k += 1
      }
    }
    for (qi, q) in a.quotes.enumerated() where q.level == .double && q.hasOpener && q.hasCloser {
      guard byQuote[qi] == nil, !(q.first...q.last).contains(where: { covered[$0] }) else { continue }
      let s = a.sentences[a.sentenceOf[q.first]].tokens
      guard q.first > s.lowerBound + 1, a.sentenceOf[q.last] == a.sentenceOf[q.first], !isWorkTitle(qi),
        !isTitleCased(qi), let found = quotedObject(qi, sentence: s)
      else { continue }
      record(found)
      for span in found.content { cover(span) }
    }
  }

  private func quotedObject(_ qi: Int, sentence s: Range<Int>) -> Attribution? {
    let q = a.quotes[qi]
    var j = q.first - 1
    // "finished its review and rated them “barely safe”": the verb
    // joined by "and" is the one whose object holds the quotation.
    var coordinated: Int?
    while j > s.lowerBound, q.first - j <= 20 {
      let t = a.tokens[j]
      // Another quotation, a verb of saying or a clause break between: not this verb's object.
      // A verb of saying that no rule took ("mentioned the “harbour
      // clause”") has the quotation in its object like any other verb.
      if t.kind == .quote || t.isPunct(";") || t.isPunct(":") { return nil }
      if let cue = a.cue(at: j), usedCues.contains(j) || cue.range.count > 1 || cue.entry.frame == .object {
        return nil
      }
      if coordinated == nil, looksFinite(j), ["and", "but"].contains(a.tokens[j - 1].lower) { coordinated = j }
      if looksFinite(j), !usedCues.contains(j), auxiliary(before: j, floor: s.lowerBound) != .be,
        let speaker = a.speaker(before: j, floor: s.lowerBound), opensClause(speaker, sentence: s),
        speaker.kind != .pronoun || Lexicon.pronouns[a.tokens[speaker.tokens.lowerBound].lower]?.person == 3,
        !a.tokens[j].lower.hasSuffix("s") || speaker.kind == .name || speaker.kind == .pronoun
      {
        let verb = coordinated ?? j
        // "waved off the remarks as …": the particle belongs to the verb.
        let cueEnd = Self.verbParticles.contains(a.tokens[verb + 1].lower) ? verb + 2 : verb + 1
        var end = max(contentEnd(from: cueEnd, sentence: s), q.last + 1)
        end = min(end, s.upperBound)
        guard end > cueEnd, cueEnd < q.first || verb == j else { return nil }
        // "served in Vietnam - “…”", "leads with “…”": a place or a means after
        // the verb, not an object of its own that someone chose the words of.
        if Self.adjunctPrepositions.contains(a.tokens[cueEnd].lower) { return nil }
        let entry = CueEntry(lemma: Self.verbLemma(a.tokens[verb].lower), particle: nil, frame: .object)
        // "issued a statement, “…”": after a comma or colon the quotation is
        // the statement itself, given word for word.
        if a.tokens[q.first - 1].isPunct(",") || a.tokens[q.first - 1].isPunct(":"), q.last + 1 >= end {
          return Attribution(
            kind: .direct, content: q.pieces, speaker: speaker, cue: verb..<cueEnd, cueEntry: entry,
            evidence: "direct.quoted-object", quote: qi, anchor: a.sentenceStart(of: q.first))
        }
        return makeReported([cueEnd..<end], cue: (verb..<cueEnd, entry), speaker: speaker, evidence: Self.quotedObject)
      }
      j -= 1
    }
    return nil
  }

  static let quotedObject = "mixed.quoted-object"

  static let verbParticles: WordSet = ["down", "up", "off", "out", "back", "away"]

  /// Prepositions that open a place, a route or a means rather than what was said.
  static let adjunctPrepositions: WordSet = ["in", "with", "through", "at", "from", "into", "like", "over", "near"]

  /// Whether every word of a quotation is capitalised, as in the name of a
  /// tour, a show or an award ("a “Fix It Now” bus tour"), which no one said.
  func isTitleCased(_ qi: Int) -> Bool {
    var words = 0
    for k in a.quotes[qi].innerTokens where a.tokens[k].kind == .word {
      let t = a.tokens[k]
      guard t.isCapitalized || (words > 0 && Self.titleLinkWords.contains(t.lower)) else { return false }
      words += 1
    }
    return words > 0
  }

  /// Whether the speaker phrase opens its clause ("Okafor bemoaned", "…, and
  /// the ad casts"), so that it is the verb's subject and not an object
  /// ("advising college graduates to …").
  private func opensClause(_ speaker: SpeakerMention, sentence s: Range<Int>) -> Bool {
    let k = speaker.tokens.lowerBound
    if k == s.lowerBound { return true }
    let p = a.tokens[k - 1]
    if p.kind == .punct { return p.first == "," || p.first == "(" || isDash(k - 1) }
    if p.kind == .quote { return k - 1 == s.lowerBound }
    return Self.clauseLinks.contains(p.lower)
  }

  static let clauseLinks: WordSet = [
    "and", "but", "while", "as", "when", "after", "because", "since", "though", "although", "if", "that", "before",
    "whereas", "until", "once",
  ]

  /// Whether a lower-case word reads as a finite verb: a past form, or a
  /// present one in "-s" right after its subject.
  func looksFinite(_ k: Int) -> Bool {
    let t = a.tokens[k]
    guard t.kind == .word, !t.isCapitalized, t.lower.utf8.count > 3,
      t.classes.isDisjoint(with: [
        .functionWords, .prepositions, .determiners, .pronouns, .timeWords, .cueModifiers, .possessive,
      ])
    else { return false }
    let w = t.lower
    return (w.hasSuffix("ed") && !w.hasSuffix("eed")) || Self.irregularPasts.contains(w)
      || (w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is"))
  }

  static let irregularPasts: WordSet = [
    "took", "gave", "made", "put", "set", "kept", "left", "held", "brought", "sent", "spent", "threw", "drew",
    "stood", "struck", "sought", "taught", "caught", "meant", "took", "chose", "won", "lost", "hit", "cast",
  ]

  /// Past tenses that are not "-ed" forms, for telling a clause from a noun
  /// phrase ("its profits fell"); wider than ``irregularPasts``, which also
  /// decides whether a verb can report a quoted object.
  static let pastTenseForms: WordSet = irregularPasts.union([
    "fell", "rose", "grew", "went", "came", "became", "began", "ran", "got", "paid", "fought", "bought", "sold",
    "knew", "led", "met", "broke", "shut", "cut", "beat", "built", "dealt", "drove", "fled", "froze", "hid",
    "hung", "laid", "lent", "rode", "rang", "shook", "shot", "sank", "slid", "stole", "stuck", "swept", "swung",
    "tore", "woke", "wore", "withdrew", "overtook", "forbade", "fed", "felt", "heard", "slept", "sat",
    "understood", "upheld", "withheld", "flew", "blew", "dug", "bound", "forgave", "overcame", "undid",
  ])

  /// A rough dictionary form of a verb: "bemoaned" → "bemoan", "casts" → "cast".
  static func verbLemma(_ w: String) -> String {
    if w.hasSuffix("ied") { return String(w.dropLast(3)) + "y" }
    if w.hasSuffix("ed") { return String(w.dropLast(w.hasSuffix("eed") ? 1 : 2)) }
    if w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
    if w.hasSuffix("es"), w.hasSuffix("shes") || w.hasSuffix("ches") || w.hasSuffix("xes") {
      return String(w.dropLast(2))
    }
    if w.hasSuffix("s") { return String(w.dropLast()) }
    return w
  }
}
