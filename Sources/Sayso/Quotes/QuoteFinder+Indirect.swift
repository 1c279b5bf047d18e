extension QuoteFinder {
  /// Reads reported speech from the cues that no direct quotation used:
  /// "X said (that) …", "…, X said.", "according to X, …", "…, saying …".
  mutating func findReportedSpeech() {
    for (index, sentence) in a.sentences.enumerated() {
      var k = sentence.tokens.lowerBound
      while k < sentence.tokens.upperBound {
        defer { k += 1 }
        guard !usedCues.contains(k), let cue = a.cue(at: k) else { continue }
        if let outer = a.doubleQuoteOf[k] {
          if let found = nestedReport(cue, sentence: index, quote: outer) { record(found) }
          continue
        }
        // Verbs that take an object ("praised the plan") report speech only
        // reliably when the object carries the speaker's quoted words.
        if let found = reported(cue, sentence: index), cue.entry.frame != .object || found.kind != .indirect {
          record(found)
        }
      }
    }
  }

  /// Reported speech inside a quotation ("… Trump himself said Iran’s
  /// missiles …"): a third party named by the speaker, never "I" or "we".
  private func nestedReport(_ cue: (range: Range<Int>, entry: CueEntry), sentence index: Int, quote q: Int)
    -> Attribution?
  {
    guard cue.entry.frame == .speech, cue.entry.lemma != "according to", let parent = byQuote[q] else { return nil }
    let inner = a.quotes[q].innerTokens
    let s = a.sentences[index].tokens
    let bounded = max(s.lowerBound, inner.lowerBound)..<min(s.upperBound, inner.upperBound)
    let c = cue.range.lowerBound
    guard let speaker = a.speaker(before: c, floor: bounded.lowerBound, insideQuote: true),
      speaker.kind != .pronoun
    else { return nil }
    guard var found = content(after: cue, sentence: bounded, speaker: speaker, evidence: "nested.reported"),
      let first = found.content.first, a.tokens.first(where: { $0.start == first.start })?.kind != .quote
    else { return nil }
    // The report ends where the enclosing quotation does.
    let limit = a.tokens[inner.upperBound - 1].end
    found.content = found.content.compactMap { $0.start < limit ? TextSpan($0.start, min($0.end, limit)) : nil }
    found.kind = .indirect
    found.quote = nil
    found.parent = parent
    return found
  }

  private func reported(_ cue: (range: Range<Int>, entry: CueEntry), sentence index: Int) -> Attribution? {
    let s = a.sentences[index].tokens
    let c = cue.range.lowerBound
    if cue.entry.lemma == "according to" { return accordingTo(cue, sentence: s) }
    let word = a.tokens[c].lower
    if word.hasSuffix("ing"), c > s.lowerBound, a.tokens[c - 1].first == "," {
      guard cue.entry.frame == .speech, let speaker = subject(ofSentence: index, before: c) else { return nil }
      return content(after: cue, sentence: s, speaker: speaker, evidence: "indirect.participle")
    }
    if c > s.lowerBound, a.tokens[c - 1].lower == "and" || a.tokens[c - 1].lower == "but",
      let speaker = subject(ofSentence: index, before: c)
    {
      // "The campaign announced new support and said …": the sentence's subject.
      return content(after: cue, sentence: s, speaker: speaker, evidence: "indirect.coordinated")
    }
    if let voice = auxiliary(before: c, floor: s.lowerBound) {
      let progressive = word.hasSuffix("ing")
      // "Donations are reported in ranges": a passive has no speaker here;
      // "precincts reporting" without "are" is no verb of saying at all.
      if voice == .be && !progressive { return nil }
      if voice == .absent && progressive { return nil }
    }
    if let speaker = a.speaker(before: c, floor: s.lowerBound) {
      // "Clark state GOP chair": a bare verb right after one named person is
      // no verb of theirs ("Ruiz says", not "Ruiz say").
      if a.tokens[c].lower == cue.entry.lemma.split(separator: " ").first.map(String.init),
        speaker.tokens.upperBound == c, speaker.kind == .name || speaker.kind == .description
      {
        return nil
      }
      // "Overall, she said, the party …": the attribution sits inside the content.
      let start = speaker.tokens.lowerBound
      if start > s.lowerBound, a.tokens[start - 1].first == ",", cue.range.upperBound < s.upperBound,
        a.tokens[cue.range.upperBound].first == ",", let found = tail(cue, sentence: s, speaker: speaker)
      {
        return found
      }
      if let found = content(after: cue, sentence: s, speaker: speaker, evidence: "indirect.speaker-cue") {
        return found
      }
      // "promises to “end” the levy": the same verb read as taking an object.
      if cue.entry.frame != .object,
        let objectEntry = CueLexicon.shared.entries(for: a.tokens[c].lower).first(where: {
          $0.frame == .object && $0.particle == nil
        }),
        let found = content(
          after: (cue.range, objectEntry), sentence: s, speaker: speaker, evidence: "indirect.speaker-cue"),
        found.kind != .indirect
      {
        return found
      }
      return tail(cue, sentence: s, speaker: speaker)
    }
    if cue.entry.closesQuote, c > s.lowerBound, a.tokens[c - 1].first == ",",
      let speaker = a.speaker(after: cue.range.upperBound, ceiling: s.upperBound)
    {
      // "…, say officials." takes a plural; "…, state party chair" is no cue.
      let bare = a.tokens[c].lower == cue.entry.lemma.split(separator: " ").first.map(String.init)
      if bare && speaker.kind != .group { return nil }
      return tail(cue, sentence: s, speaker: speaker)
    }
    return nil
  }

  /// "X said (that) CONTENT": skips an object of "told" and short phrases of
  /// time and place, then takes the clause to the sentence end.
  private func content(
    after cue: (range: Range<Int>, entry: CueEntry), sentence s: Range<Int>, speaker: SpeakerMention,
    evidence: String
  ) -> Attribution? {
    var k = cue.range.upperBound
    let lemma = cue.entry.lemma
    guard k < s.upperBound else { return nil }
    var hasObject = false
    if ["tell", "inform", "assure", "remind", "warn", "urge", "ask", "advise", "counsel"].contains(lemma) {
      if let object = a.reader.mention(startingAt: k, ceiling: s.upperBound) {
        k = object.tokens.upperBound
        hasObject = true
      } else if k < s.upperBound, ["him", "her", "them", "us", "me", "reporters", "you"].contains(a.tokens[k].lower) {
        k += 1
        hasObject = true
      }
    }
    var skipped = 0
    while k < s.upperBound, skipped < 12 {
      let t = a.tokens[k]
      if (t.kind == .punct && t.first == ",") || (t.kind == .word && t.classes.contains(.timeWords)) {
        k += 1
        skipped += 1
        continue
      }
      // "agreed to a sale": "to" after the verb is its complement, not a phrase of place.
      guard t.kind == .word, t.lower != "that", t.lower != "to", t.classes.contains(.prepositions) else { break }
      // A phrase of time or place ("in a statement", "on Monday") runs to a
      // comma or to "that"; without either its end is unknown, so stop.
      // For verbs of saying, a comma may close it too ("says despite all
      // that, the plan …").
      var j = k + 1
      let commaCloses = cue.entry.frame == .speech
      func closes(_ t: Token) -> Bool { t.kind == .punct && (t.first == "," || t.first == ":") }
      while j < s.upperBound, j - k < 12, a.tokens[j].lower != "that", !a.isTerminal(j),
        !(commaCloses && closes(a.tokens[j]))
      {
        j += 1
      }
      guard j < s.upperBound, a.tokens[j].lower == "that" || closes(a.tokens[j]) else { break }
      skipped += j - k
      k = j
    }
    guard k < s.upperBound else { return nil }
    let opener = a.tokens[k]
    let stem = contractionStem(opener.lower)
    switch cue.entry.frame {
    case .belief:
      // "She believes that …", "he thinks they …": a belief verb reports only
      // a clause, never an object ("knows the ones who …").
      guard stem == "that" || stem == "there" || Lexicon.pronouns[stem] != nil || opener.kind == .quote else {
        return nil
      }
    case .speech:
      // After a verb of saying nearly any word opens the reported clause
      // ("says climate change is …"); a few mark something else.
      guard opener.kind != .punct, !Self.notClauseOpeners.contains(stem) else { return nil }
      // "told the story": without a person told, what follows is the object.
      if lemma == "tell", !hasObject, stem != "that" { return nil }
      // Other verbs of saying take objects too ("answers a question",
      // "repeated his call"): only a clause-like opener will do.
      let looseOpener = Self.clauseVerbs.contains(lemma)
      let strictOpener =
        stem == "that" || (opener.classes.contains(.clauseOpeners) && !opener.classes.contains(.determiners))
        || opener.kind == .number || opener.kind == .quote || opener.isCapitalized || Lexicon.pronouns[stem] != nil
      guard looseOpener || strictOpener else { return nil }
    case .object:
      break
    }
    let end = contentEnd(from: k, sentence: s)
    guard end - k >= 3 else { return nil }
    return makeReported([k..<end], cue: cue, speaker: speaker, evidence: evidence)
  }

  enum Auxiliary { case be, other, absent }

  /// Whether a form of "be", another auxiliary, or none stands before the cue
  /// (adverbs skipped).
  func auxiliary(before c: Int, floor: Int) -> Auxiliary? {
    var k = c - 1
    while k >= floor, a.tokens[k].kind == .word,
      a.tokens[k].lower.hasSuffix("ly") || a.tokens[k].lower == "also"
        || a.tokens[k].lower == "not"
    {
      k -= 1
    }
    guard k >= floor else { return nil }
    switch a.tokens[k].lower {
    case "is", "are", "was", "were", "be", "been", "being", "’s", "'s": return .be
    case "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "did", "does",
      "do":
      return .other
    default: return .absent
    }
  }

  /// Verbs of saying that take a bare clause so often ("says climate change
  /// is …") that any word may open it.
  static let clauseVerbs: Set<String> = [
    "say", "tell", "claim", "argue", "insist", "warn", "note", "suggest", "acknowledge", "admit",
    "write", "report", "add", "explain", "contend", "assert", "maintain", "concede", "predict",
  ]

  /// Words that, right after a verb of saying, do not open a reported clause.
  static let notClauseOpeners: Set<String> = [
    "to", "so", "as", "by", "for", "of", "with", "about", "at", "from", "in", "on", "into", "goodbye",
    "hello", "thanks", "yes", "no", "nothing", "something", "anything", "little", "much", "more",
    "and", "or", "but", "than", "out", "up", "down", "off", "over", "back", "again", "aloud",
  ]

  /// "it’s" → "it": the word before a contraction's apostrophe.
  func contractionStem(_ word: String) -> String {
    guard let i = word.firstIndex(where: { $0 == "’" || $0 == "'" }) else { return word }
    return String(word[..<i])
  }

  /// "CONTENT, X said [on Monday]." and "CONTENT, X said, MORE CONTENT."
  private func tail(_ cue: (range: Range<Int>, entry: CueEntry), sentence s: Range<Int>, speaker: SpeakerMention)
    -> Attribution?
  {
    guard cue.entry.closesQuote else { return nil }
    let speakerStart = min(speaker.tokens.lowerBound, cue.range.lowerBound)
    guard speakerStart - 1 > s.lowerBound, a.tokens[speakerStart - 1].first == ",",
      a.tokens[speakerStart - 1].kind == .punct
    else { return nil }
    var afterCue = max(speaker.appositive?.upperBound ?? 0, speaker.tokens.upperBound, cue.range.upperBound)
    if cue.entry.lemma == "tell", afterCue < s.upperBound {
      // "…, the mayor told reporters." / "…, he told The Herald."
      if let object = a.reader.mention(startingAt: afterCue, ceiling: s.upperBound) {
        afterCue = object.tokens.upperBound
      } else if ["him", "her", "them", "us", "me", "reporters"].contains(a.tokens[afterCue].lower) {
        afterCue += 1
      }
    }
    let k = trailingMaterialEnd(from: afterCue, s)
    var pieces: [Range<Int>] = []
    var start = s.lowerBound
    while start < speakerStart - 1, a.tokens[start].kind == .punct, a.tokens[start].kind != .quote { start += 1 }
    guard speakerStart - 1 > start else { return nil }
    pieces.append(start..<(speakerStart - 1))
    if k < s.upperBound, !a.isTerminal(k) {
      // A parenthetical attribution: the content goes on after a comma.
      guard a.tokens[k].first == ",", a.tokens[k].kind == .punct else { return nil }
      let end = contentEnd(from: k + 1, sentence: s)
      guard end > k + 1 else { return nil }
      pieces.append((k + 1)..<end)
    }
    guard pieces.reduce(0, { $0 + $1.count }) >= 3 else { return nil }
    if let q = a.doubleQuoteOf[start], a.quotes[q].last >= speakerStart - 2 { return nil }
    // Content never starts or ends halfway through a quotation.
    for piece in pieces {
      for k in piece where a.tokens[k].kind == .quote {
        if let q = a.doubleQuoteOf[k], a.quotes[q].first < piece.lowerBound || a.quotes[q].last >= piece.upperBound {
          return nil
        }
      }
    }
    let opener = a.tokens[start].lower
    // "Addressing the view that …, she disagreed": a fronted phrase, not content.
    if pieces.count == 1, Lexicon.subordinators.contains(opener) || (opener.hasSuffix("ing") && opener.utf8.count > 5) {
      return nil
    }
    return makeReported(pieces, cue: cue, speaker: speaker, evidence: "indirect.content-speaker-cue")
  }

  /// The source named after "according to" when it is no known kind of
  /// speaker ("according to early returns"): the words up to punctuation.
  private func source(after position: Int, _ s: Range<Int>) -> SpeakerMention? {
    var k = position
    while k < s.upperBound, k - position < 8, a.tokens[k].kind == .word || a.tokens[k].kind == .number { k += 1 }
    guard k > position else { return nil }
    return SpeakerMention(kind: .group, tokens: position..<k)
  }

  /// Skips what may follow a closing cue: time words and short phrases of
  /// time and place ("on Monday", "in a statement"); returns where they end.
  func trailingMaterialEnd(from position: Int, _ s: Range<Int>) -> Int {
    var k = position
    while k < s.upperBound {
      let t = a.tokens[k]
      if t.kind == .word && (t.classes.contains(.timeWords) || t.lower.hasSuffix("ly")) {
        k += 1
      } else if t.kind == .word && t.classes.contains(.prepositions) {
        var j = k + 1
        while j < s.upperBound, j - k < 8, a.tokens[j].kind != .punct, a.tokens[j].kind != .quote { j += 1 }
        k = j
      } else {
        break
      }
    }
    return k
  }

  /// "According to X, CONTENT." / "CONTENT, according to X."
  private func accordingTo(_ cue: (range: Range<Int>, entry: CueEntry), sentence s: Range<Int>) -> Attribution? {
    let c = cue.range.lowerBound
    guard
      var speaker = a.speaker(after: cue.range.upperBound, ceiling: s.upperBound)
        ?? source(after: cue.range.upperBound, s)
    else { return nil }
    // "According to Ana Ruiz, the port …": what follows the comma is content,
    // not an appositive, unless another comma closes it.
    if let appositive = speaker.appositive,
      appositive.upperBound >= s.upperBound || a.tokens[appositive.upperBound].first != ","
    {
      speaker.appositive = nil
    }
    if c > s.lowerBound, a.tokens[c - 1].first == "," {
      var start = s.lowerBound
      while start < c - 1, a.tokens[start].kind == .punct { start += 1 }
      guard c - 1 - start >= 3 else { return nil }
      return makeReported([start..<(c - 1)], cue: cue, speaker: speaker, evidence: "indirect.according-to")
    }
    var k = speaker.appositive?.upperBound ?? speaker.tokens.upperBound
    while k < s.upperBound, a.tokens[k].first != "," || a.tokens[k].kind != .punct, k - c < 25 { k += 1 }
    guard k + 1 < s.upperBound, a.tokens[k].first == "," else { return nil }
    let end = contentEnd(from: k + 1, sentence: s)
    guard end - (k + 1) >= 3 else { return nil }
    return makeReported([(k + 1)..<end], cue: cue, speaker: speaker, evidence: "indirect.according-to")
  }

  private func makeReported(
    _ ranges: [Range<Int>], cue: (range: Range<Int>, entry: CueEntry), speaker: SpeakerMention, evidence: String
  ) -> Attribution? {
    var pieces = ranges
    var kind = QuoteKind.indirect
    var carried: Int?
    // Quoted words make the content mixed; content that reaches into a quote
    // runs to the quote's end.
    for (i, range) in pieces.enumerated() {
      var end = range.upperBound
      for k in range where a.tokens[k].kind == .quote && a.isQuoted(k) { kind = .mixed }
      if let q = a.doubleQuoteOf[end - 1], a.quotes[q].level == .double, a.quotes[q].last >= end,
        a.quotes[q].first >= range.lowerBound
      {
        end = a.quotes[q].last + 1
        kind = .mixed
        carried = q
      }
      pieces[i] = range.lowerBound..<end
    }
    if pieces.count == 1, let r = pieces.first, let q = a.doubleQuoteOf[r.lowerBound],
      a.quotes[q].first == r.lowerBound,
      a.quotes[q].last == r.upperBound - 1
    {
      kind = .direct
    }
    return Attribution(
      kind: kind, content: pieces.map { a.span($0) }, speaker: speaker, cue: cue.range, cueEntry: cue.entry,
      evidence: evidence, quote: carried, anchor: a.sentenceStart(of: pieces[0].lowerBound))
  }
}
