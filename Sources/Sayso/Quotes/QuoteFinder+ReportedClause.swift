extension QuoteFinder {
  /// "X said (that) CONTENT": skips an object of "told" and short phrases of
  /// time and place, then takes the clause to the sentence end.
  func content(
    after cue: (range: Range<Int>, entry: CueEntry), sentence s: Range<Int>, speaker: SpeakerMention,
    evidence: String
  ) -> Attribution? {
    var k = cue.range.upperBound
    let lemma = cue.entry.lemma
    guard k < s.upperBound else { return nil }
    var hasObject = false
    // ("asked whether voters liked …": a question word opens the report, with no hearer before it.)
    if ["tell", "inform", "assure", "remind", "warn", "urge", "ask", "advise", "counsel"].contains(lemma),
      !Self.questionWords.contains(a.tokens[k].lower)
    {
      // "told conservative radio host Ana Ruiz on Wednesday that …".
      if let object = a.speaker(after: k, ceiling: s.upperBound) {
        k = objectEnd(object.tokens.upperBound, sentence: s)
        hasObject = true
        // "told a crowd in Port Ellis, County Cork, on Monday that …".
        if lemma == "tell", let that = thatAfterObject(from: k, sentence: s) { k = that }
      } else if k < s.upperBound, ["him", "her", "them", "us", "me", "reporters", "you"].contains(a.tokens[k].lower) {
        k += 1
        hasObject = true
      } else if Self.requestVerbs.contains(lemma), let to = toAfterObject(from: k, sentence: s) {
        // "asked the congregation to stand".
        k = to
        hasObject = true
      } else if let that = thatAfterObject(from: k, sentence: s) {
        // "told an audience in Ohio on Monday that …": whoever was told, "that" opens the report.
        k = that
        hasObject = true
      } else if ["tell", "assure", "remind", "inform", "warn"].contains(lemma),
        let subject = pronounAfterHearer(from: k, sentence: s)
      {
        // "told the crowd they would win": a short noun phrase, then a clause
        // opened by a pronoun.
        k = subject
        hasObject = true
      }
    }
    // "reported, citing two officials, that …", "said, however, that …": an
    // aside between commas, and the report opens with "that".
    if k < s.upperBound, a.tokens[k].isPunct(","), let that = thatAfterAside(from: k, sentence: s) { k = that }
    var skipped = 0
    while k < s.upperBound, skipped < 12 {
      let t = a.tokens[k]
      // "told reporters, before insisting …": the participle reports on its own.
      if t.isPunct(","), k + 2 < s.upperBound, Self.participleLinks.contains(a.tokens[k + 1].lower),
        a.tokens[k + 2].lower.hasSuffix("ing"), a.cue(at: k + 2) != nil
      {
        return nil
      }
      if (t.kind == .punct && t.first == ",") || (t.kind == .word && t.classes.contains(.timeWords)) {
        k += 1
        skipped += 1
        continue
      }
      // "said at least 40 ships …": a quantity, not a phrase of place.
      if opensQuantity(k, s) { break }
      // "agreed to a sale": "to" after the verb is its complement, not a phrase of place.
      guard t.kind == .word, t.lower != "that", t.lower != "to", t.classes.contains(.prepositions) else { break }
      // A phrase of time or place ("in a statement", "on Monday") runs to a
      // comma or to "that"; without either its end is unknown, so stop.
      // For verbs of saying, a comma may close it too ("says despite all
      // that, the plan …").
      var j = k + 1
      let commaCloses = cue.entry.frame == .speech
      func closes(_ t: Token) -> Bool { t.kind == .punct && (t.first == "," || t.first == ":") }
      // A verb of saying inside is another report ("for a photo and Okafor said"): stop.
      while j < s.upperBound, j - k < 12, a.tokens[j].lower != "that", !a.isTerminal(j),
        !(commaCloses && closes(a.tokens[j])), a.cue(at: j) == nil
      {
        j += 1
      }
      // "said on Monday its profits fell 12 percent in May, hurt by …": a
      // clause that opens right after a short phrase, before the comma.
      // ("asked about statements he had made, when …" is a relative clause.)
      let clause =
        cue.entry.frame == .speech && j < s.upperBound && closes(a.tokens[j])
          && Self.timeOrMeansPrepositions.contains(t.lower)
        ? bareAdjunctEnd(from: k, sentence: s) : nil
      guard j < s.upperBound, a.tokens[j].lower == "that" || closes(a.tokens[j]), clause.map({ $0 >= j }) ?? true else {
        if cue.entry.frame == .speech, let end = clause ?? bareAdjunctEnd(from: k, sentence: s) {
          skipped += end - k
          k = end
        }
        break
      }
      skipped += j - k
      k = j
    }
    guard k < s.upperBound else { return nil }
    let opener = a.tokens[k]
    // "…, Okafor said Tuesday in Lagos, noting …": the participle after the
    // comma is a report of its own; what was said comes before.
    if k > cue.range.upperBound, a.tokens[k - 1].isPunct(","), opener.lower.hasSuffix("ing"), a.cue(at: k) != nil {
      return nil
    }
    let stem = contractionStem(opener.lower)
    switch cue.entry.frame {
    case .belief:
      // "She believes that …", "he thinks they …": a belief verb reports only
      // a clause, never an object ("knows the ones who …"). A poll or a record
      // shows what it shows without "that": "polls show the mayor leading".
      let record = Self.recordLemmas.contains(lemma) && isRecord(speaker)
      guard
        stem == "that" || stem == "there" || Lexicon.pronouns[stem] != nil || opener.kind == .quote
          || (record && opener.kind != .punct && (!Self.notClauseOpeners.contains(stem) || opensQuantity(k, s)))
          || opensFiniteClause(at: k, sentence: s)
      else {
        return nil
      }
    case .speech:
      // "asked the council to delay the vote", "told them to wait": a
      // request, whose content is the person asked and what they should do.
      // (The verb may stand inside quotation marks: "to “bring a neighbour.”")
      let verb = k + 2 < s.upperBound && a.tokens[k + 1].kind == .quote ? k + 2 : k + 1
      if hasObject, stem == "to", Self.requestVerbs.contains(lemma), verb < s.upperBound,
        a.tokens[verb].kind == .word, !a.tokens[verb].classes.contains(.determiners)
      {
        let end = contentEnd(from: k, sentence: s)
        guard end - cue.range.upperBound >= 3 else { return nil }
        return makeReported([cue.range.upperBound..<end], cue: cue, speaker: speaker, evidence: evidence)
      }
      // "pledged to cut the fees", "vowed to “fight on”": a promise reports what
      // the speaker will do.
      if stem == "to", Self.commissiveVerbs.contains(lemma), k + 1 < s.upperBound {
        let verb = a.tokens[k + 1].kind == .quote && k + 2 < s.upperBound ? k + 2 : k + 1
        let t = a.tokens[verb]
        if t.kind == .word, !t.isCapitalized, t.classes.isDisjoint(with: [.determiners, .pronouns, .possessive]) {
          // The promise ends like the object of a stance verb does.
          guard let end = objectPhraseEnd(from: k, sentence: s, lemma: lemma), end - k >= 3 else { return nil }
          return makeReported([k..<end], cue: cue, speaker: speaker, evidence: Self.objectEvidence)
        }
      }
      // After a verb of saying nearly any word opens the reported clause
      // ("says climate change is …"); a few mark something else.
      guard opener.kind != .punct,
        !Self.notClauseOpeners.contains(stem) || opensQuantity(k, s) || opensNegatedSubject(k, s)
          || opensFrontedAdverbial(k, s)
      else { return nil }
      // "told the story": without a person told, what follows is the object.
      if lemma == "tell", !hasObject, stem != "that" { return nil }
      // "read the letter aloud" reads something; "the sign read: …" and "I read that …" report.
      if lemma == "read", stem != "that", opener.kind != .quote { return nil }
      // Other verbs of saying take objects too ("answers a question",
      // "repeated his call"): only a clause-like opener will do.
      let looseOpener = Self.clauseVerbs.contains(lemma)
      let strictOpener =
        stem == "that" || (opener.classes.contains(.clauseOpeners) && !opener.classes.contains(.determiners))
        || opener.kind == .number || opener.kind == .quote || opener.isCapitalized || Lexicon.pronouns[stem] != nil
      guard looseOpener || strictOpener else { return nil }
      // "added 300 jobs", "maintains a comfortable margin", "stated the obvious": a
      // noun phrase with no verb of its own is what was added or kept.
      if Self.objectTakingClauseVerbs.contains(lemma), stem != "that",
        opener.classes.contains(.determiners) || opener.kind == .number,
        !opensFiniteClause(at: k, sentence: s)
      {
        return nil
      }
    case .object:
      // Without quoted words only a stance verb reports, and then only its object.
      let clauseEnd = contentEnd(from: k, sentence: s)
      let quoted = (k..<clauseEnd).contains { a.tokens[$0].kind == .quote }
      if lemma == "call", !quoted, k == cue.range.upperBound, let end = namingEnd(from: k, sentence: s) {
        return makeReported([k..<end], cue: cue, speaker: speaker, evidence: Self.objectEvidence)
      }
      if Self.stanceLemmas.contains(lemma), !quoted {
        // "urged the council to act": the person urged is part of the object.
        let start = hasObject ? cue.range.upperBound : k
        // "rejected by the court" is passive; "proposed last July" has no object.
        let lead = a.tokens[start]
        // "acknowledged to Bloomberg" names who heard it; "applauded loudly" has no object.
        let next = start + 1 < s.upperBound ? a.tokens[start + 1] : nil
        let recipient =
          lead.lower == "to"
          && (next.map { ($0.isCapitalized && !a.isInTitleCase(start + 1)) || $0.classes.contains(.determiners) }
            ?? true)
        let loneAdverb = lead.lower.hasSuffix("ly") && (next.map { $0.kind == .punct } ?? true)
        guard !recipient, !loneAdverb else { return nil }
        guard lead.kind == .word || lead.kind == .number, lead.lower == "to" || !lead.classes.contains(.prepositions),
          !lead.classes.contains(.timeWords), lead.lower != "that", !Self.objectStops.contains(lead.lower),
          let end = objectPhraseEnd(from: start, sentence: s, lemma: lemma)
        else { return nil }
        return makeReported([start..<end], cue: cue, speaker: speaker, evidence: Self.objectEvidence)
      }
    }
    var end = contentEnd(from: k, sentence: s)
    // "wrote in the Harbour Times, a weekly paper.": no clause follows the phrase.
    if k > cue.range.upperBound, a.tokens[k - 1].isPunct(","), isDescribingPhrase(k..<end) { return nil }
    if let comma = subordinateClauseEnd(speaker: speaker, cue: cue.range.lowerBound, from: k, to: end) { end = comma }
    guard end - k >= 3 || isEllipticalClause(k..<end) else { return nil }

    return makeReported([k..<end], cue: cue, speaker: speaker, evidence: evidence)
  }

  /// The "that" after a short object the speaker readers do not know ("an
  /// audience of dockers"), with no other verb of saying and no stronger
  /// punctuation than a comma before it.
  func thatAfterObject(from k: Int, sentence s: Range<Int>) -> Int? {
    // Places and times set off by commas may stand in it too: "told a crowd
    // in Port Ellis, County Cork, on Monday that …".
    var j = k
    while j < min(s.upperBound, k + 20) {
      let t = a.tokens[j]
      if t.kind == .word, t.lower == "that" { return j > k ? j : nil }
      guard t.kind == .word || t.kind == .number || (t.isPunct(".") && !a.isTerminal(j)) || t.isPunct(","),
        a.cue(at: j) == nil
      else { return nil }
      j += 1
    }
    return nil
  }

  /// The "that" after an aside set off by commas right after the verb:
  /// "reported, citing two officials, that …". `k` is the first comma.
  func thatAfterAside(from k: Int, sentence s: Range<Int>) -> Int? {
    var j = k + 1
    while j + 1 < min(s.upperBound, k + 16) {
      let t = a.tokens[j]
      // ("believes, he said, that …": an attribution set in is read on its own.)
      guard t.kind == .word || t.kind == .number || t.isPunct(","), !a.isTerminal(j), t.lower != "that",
        t.lower.hasSuffix("ing") || a.cue(at: j) == nil
      else {
        return nil
      }
      if t.isPunct(","), j > k + 1 { return a.tokens[j + 1].lower == "that" ? j + 1 : nil }
      j += 1
    }
    return nil
  }

  /// The "to" after a short object of a request: "asked the harbour board
  /// to …", "told Florida agencies to …".
  func toAfterObject(from k: Int, sentence s: Range<Int>) -> Int? {
    var j = k
    while j < min(s.upperBound, k + 8) {
      let t = a.tokens[j]
      if t.kind == .word, t.lower == "to" { return j > k ? j : nil }
      guard t.kind == .word || t.kind == .number, a.cue(at: j) == nil,
        !t.classes.contains(.prepositions) || t.lower == "of"
      else { return nil }
      j += 1
    }
    return nil
  }

  /// "While Okafor said that the cranes were safe, inspectors …": a report
  /// inside a clause that "while", "although", "as" or the like opens ends
  /// where that clause does, at its first comma; the main clause follows.
  /// So does one in a relative clause: "Okafor, who in 2010 said the port
  /// was safe, resigned".
  func subordinateClauseEnd(speaker: SpeakerMention, cue: Int, from start: Int, to end: Int) -> Int? {
    let before = speaker.tokens.lowerBound - 1
    let relative = (speaker.tokens.upperBound..<max(cue, speaker.tokens.upperBound)).contains { j in
      a.tokens[j].lower == "who" && j > 0 && a.tokens[j - 1].isPunct(",")
    }
    guard end > start + 1, before >= 0 || relative,
      relative || (a.tokens[before].kind == .word && Self.clauseSubordinators.contains(a.tokens[before].lower))
    else { return nil }
    // "While Okafor said the port has the “best crews,” Ruiz …": the comma
    // that closes a quotation closes the clause too.
    return (start + 1..<end).first { j in
      guard a.tokens[j].isPunct(",") else { return false }
      guard let q = a.doubleQuoteOf[j] else { return true }
      return a.quotes[q].hasCloser && a.quotes[q].last == j + 1
    }
  }

  static let clauseSubordinators: WordSet = [
    "while", "although", "though", "as", "whereas", "because", "since", "if", "when", "once", "unless", "after",
    "before", "until", "where", "whenever",
  ]

  /// Prepositions of a phrase of time or of the means of saying.
  static let timeOrMeansPrepositions: WordSet = [
    "on", "in", "at", "during", "via", "over", "through", "after", "before", "from", "earlier", "late", "last",
  ]

  enum Auxiliary { case be, other, absent }

  /// Whether a form of "be", another auxiliary, or none stands before the cue
  /// (adverbs skipped).
  func auxiliary(before c: Int, floor: Int) -> Auxiliary? {
    var k = c - 1
    while k >= floor, a.tokens[k].kind == .word,
      a.tokens[k].lower.hasSuffix("ly") || Self.voiceAdverbs.contains(a.tokens[k].lower)
    {
      k -= 1
    }
    guard k >= floor else { return nil }
    // "he’s predicting" is a progressive; "she’s argued" a perfect.
    if Analysis.progressiveContractions.contains(a.tokens[k].lower)
      || Analysis.perfectContractions.contains(a.tokens[k].lower)
    {
      return a.tokens[c].lower.hasSuffix("ing") ? .be : .other
    }
    switch a.tokens[k].lower {
    case "is", "are", "was", "were", "be", "been", "being", "’s", "'s": return .be
    case "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "did", "does",
      "do":
      return .other
    default: return .absent
    }
  }

  /// Adverbs that may stand between an auxiliary and its verb: "was first
  /// noted", "has long argued".
  static let voiceAdverbs: WordSet = [
    "also", "not", "first", "then", "later", "long", "never", "once", "still", "already", "just", "often",
    "always", "even", "ever", "since",
  ]

  static let commissiveVerbs: WordSet = ["promise", "pledge", "vow", "threaten"]

  static let requestVerbs: WordSet = ["ask", "tell", "advise", "remind", "warn", "urge", "counsel"]

  /// Verbs of saying that take a bare clause so often ("says climate change
  /// is …") that any word may open it.
  static let clauseVerbs: WordSet = [
    "say", "tell", "claim", "argue", "insist", "warn", "note", "suggest", "acknowledge", "admit",
    "write", "report", "add", "explain", "contend", "assert", "maintain", "concede", "predict",
  ]

  /// Verbs of saying that as often take a plain object that reports nothing:
  /// "added 300 jobs", "maintained a lead".
  static let objectTakingClauseVerbs: WordSet = ["add", "maintain", "state"]

  /// Words that, right after a verb of saying, do not open a reported clause.
  static let notClauseOpeners: WordSet = [
    "to", "so", "as", "by", "for", "of", "with", "about", "at", "from", "in", "on", "into", "goodbye",
    "hello", "thanks", "yes", "no", "nothing", "something", "anything", "little", "much", "more",
    "and", "or", "but", "than", "out", "up", "down", "off", "over", "back", "again", "aloud",
    "after", "before", "during", "following", "amid", "until", "through", "throughout", "outside", "inside",
    "behind", "between", "among", "near",
  ]

  /// "told state television she …": a plain noun the reader left after the
  /// person told belongs to them when a pronoun or "that" opens the clause next.
  private func objectEnd(_ end: Int, sentence s: Range<Int>) -> Int {
    var k = end
    while k + 1 < s.upperBound, k - end < 2 {
      let t = a.tokens[k]
      guard t.kind == .word, !t.isCapitalized, !a.isQuoted(k),
        t.classes.isDisjoint(with: [.cue, .functionWords, .pronouns, .prepositions, .determiners, .timeWords])
      else { break }
      let next = a.tokens[k + 1]
      if next.lower == "that" || Lexicon.pronouns[next.lower] != nil { return k + 1 }
      k += 1
    }
    return end
  }

  /// "insisted no decision had been taken": "no" opening a subject that its
  /// own verb follows, unlike "said no" to a request.
  func opensNegatedSubject(_ k: Int, _ s: Range<Int>) -> Bool {
    guard a.tokens[k].lower == "no" else { return false }
    var j = k + 1
    while j < s.upperBound, j - k <= 4, a.tokens[j].kind == .word {
      if QuoteFinder.finiteAuxiliaries.contains(a.tokens[j].lower) { return j > k + 1 }
      guard a.tokens[j].classes.isDisjoint(with: [.prepositions, .pronouns, .cue]) else { return false }
      j += 1
    }
    return false
  }

  /// "at least 40", "at most a third", "as many as 30", "more than 4 in 10": a quantity opens the clause.
  func opensQuantity(_ k: Int, _ s: Range<Int>) -> Bool {
    guard k + 2 < s.upperBound else { return false }
    let next = a.tokens[k + 1].lower
    switch a.tokens[k].lower {
    case "at": return next == "least" || next == "most"
    // "as many as 30 percent", "more than 4 in 10".
    case "as": return ["many", "much", "few", "little"].contains(next) && a.tokens[k + 2].lower == "as"
    case "more", "fewer", "less": return next == "than" && a.tokens[k + 2].kind == .number
    default: return false
    }
  }

  /// "it’s" → "it": the word before a contraction's apostrophe.
  func contractionStem(_ word: String) -> String {
    guard let i = word.firstIndex(where: { $0 == "’" || $0 == "'" }) else { return word }
    return String(word[..<i])
  }
}
