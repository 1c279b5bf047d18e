extension QuoteFinder {
  /// Reads reported speech from the cues that no direct quotation used:
  /// "X said (that) …", "…, X said.", "according to X, …", "…, saying …".
  mutating func findReportedSpeech() {
    // A report's content stays inside its sentence, so only the reports found
    // so far in the same sentence (and any earlier unquoted ones) can hold a
    // cue: the search stays linear on text with thousands of reports.
    let earlier = attributions.indices.filter(isUnquotedReport)
    for (index, sentence) in a.sentences.enumerated() {
      let sentenceReports = attributions.count
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
        guard var found = reported(cue, sentence: index),
          cue.entry.frame != .object || found.kind != .indirect || found.evidence == Self.objectEvidence
        else { continue }
        if let outer = enclosingReport(of: k, among: earlier, from: sentenceReports) {
          // A report inside a report: the same speaker's is one report; another
          // speaker's is nested in it. A stance inside a report ("said the
          // council would reject the plan") is what the outer speaker said.
          if repeatsSpeaker(found, of: attributions[outer]) || found.evidence == Self.objectEvidence { continue }
          found.parent = outer
        }
        record(found)
      }
    }
  }

  func reported(_ cue: (range: Range<Int>, entry: CueEntry), sentence index: Int) -> Attribution? {
    let s = a.sentences[index].tokens
    let c = cue.range.lowerBound
    if cue.entry.lemma == "according to" { return accordingTo(cue, sentence: s) }
    // "who asked not to be named": a request for anonymity reports nothing.
    let after = cue.range.upperBound
    if cue.entry.lemma == "ask", after + 2 < s.upperBound, a.tokens[after].lower == "not",
      a.tokens[after + 1].lower == "to", a.tokens[after + 2].lower == "be"
    {
      return nil
    }
    let word = a.tokens[c].lower
    // "…, saying …" and "… “New York values,” saying …" (the comma inside the quote).
    let afterComma =
      c > s.lowerBound
      && (a.tokens[c - 1].isPunct(",")
        || (c - 1 > s.lowerBound && a.tokens[c - 1].kind == .quote && a.tokens[c - 2].isPunct(",")))
    if let found = frontedParticiple(cue, sentence: index) { return found }
    if let found = quotedAs(cue, sentence: index) { return found }
    if let found = reportingInfinitive(cue, sentence: index) { return found }
    if word.hasSuffix("ing"), afterComma {
      // "…, calling it “a disaster”": object verbs count once their object quotes.
      guard cue.entry.frame != .belief,
        let speaker = closingAttributionSpeaker(beforeComma: c - 1, floor: s.lowerBound)
          ?? tailSpeaker(before: c, sentence: s) ?? subject(ofSentence: index, before: c)
      else { return nil }
      return content(after: cue, sentence: s, speaker: speaker, evidence: "indirect.participle")
    }
    if let found = prepositionalParticiple(cue, sentence: index) { return found }
    if let found = statementParticiple(cue, sentence: index) { return found }
    // "offered the man a job, then says …", "and then said …".
    let thenLinked =
      c - 2 > s.lowerBound && a.tokens[c - 1].lower == "then"
      && (a.tokens[c - 2].isPunct(",") || a.tokens[c - 2].lower == "and")
    if c > s.lowerBound, a.tokens[c - 1].lower == "and" || a.tokens[c - 1].lower == "but" || thenLinked,
      let speaker = earlierSpeaker(before: c, sentence: s) ?? subject(ofSentence: index, before: c)
    {
      // "The campaign announced new support and said …": the sentence's subject.
      return content(after: cue, sentence: s, speaker: speaker, evidence: "indirect.coordinated")
    }
    if word.hasSuffix("ing"), let group = countWithSpeaker(before: c, sentence: s) {
      return content(after: cue, sentence: s, speaker: group, evidence: "indirect.speaker-cue")
    }
    if let voice = auxiliary(before: c, floor: s.lowerBound) {
      let progressive = word.hasSuffix("ing")
      // "Donations are reported in ranges": a passive has no speaker here;
      // "precincts reporting" without "are" is no verb of saying at all.
      if voice == .be && !progressive { return nil }
      if voice == .absent && progressive { return nil }
      // "a think tank known for …", "a memo written by aides": a form that is
      // only a participle needs "has" or "had" to be the subject's verb.
      if voice == .absent && Self.participleOnlyForms.contains(word) { return nil }
    }
    if var speaker = recordOrSpeaker(before: c, lemma: cue.entry.lemma, sentence: s) {
      // "Clark state GOP chair": a bare verb right after one named person is
      // no verb of theirs ("Ruiz says", not "Ruiz say"); "Shipowners say"
      // has a plural subject that only looked like a name.
      if a.tokens[c].lower == cue.entry.lemma.prefix(while: { $0 != " " }),
        speaker.tokens.upperBound == c, speaker.kind == .name || speaker.kind == .description
      {
        guard let group = a.countedSpeaker(endingAt: c - 1, floor: s.lowerBound, cue: c) else { return nil }
        speaker = group
      }
      if let found = asSpeaker(cue, speaker: speaker, sentence: s) { return found }
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
        found.kind != .indirect || found.evidence == Self.objectEvidence
      {
        return found
      }
      return tail(cue, sentence: s, speaker: speaker)
    }
    if cue.entry.closesQuote, c > s.lowerBound, a.tokens[c - 1].first == ",",
      let speaker = a.speaker(after: cue.range.upperBound, ceiling: s.upperBound)
    {
      // "…, say officials." takes a plural; "…, state party chair" is no cue.
      let bare = a.tokens[c].lower == cue.entry.lemma.prefix(while: { $0 != " " })
      if bare && speaker.kind != .group { return nil }
      return tail(cue, sentence: s, speaker: speaker)
    }
    return nil
  }
}

extension QuoteFinder {
  /// "The levy is unfair, Okafor said Tuesday in Lagos, noting …": the one
  /// who says, when the sentence opens with what was said rather than with
  /// its subject and a phrase stands between the verb and the participle.
  func tailSpeaker(before c: Int, sentence s: Range<Int>) -> SpeakerMention? {
    guard let last = attributions.last, last.evidence == "indirect.content-speaker-cue",
      let cue = last.cue, s.contains(cue.lowerBound), cue.upperBound <= c
    else { return nil }
    return last.speaker
  }
}

extension QuoteFinder {
  /// "…, with 22 percent saying they …", "with three in 10 saying …": a
  /// count after "with" speaks through a bare participle.
  func countWithSpeaker(before c: Int, sentence s: Range<Int>) -> SpeakerMention? {
    var j = c - 1
    var counted = false
    while j > s.lowerBound, c - j <= 6, a.tokens[j].lower != "with" {
      let t = a.tokens[j]
      let share = Analysis.shareWords.contains(t.lower) || Analysis.numberWords.contains(t.lower)
      guard t.kind == .number || t.isPunct("%") || share || Self.countLinks.contains(t.lower) else { return nil }
      counted = counted || t.kind == .number || share
      j -= 1
    }
    guard counted, j > s.lowerBound, j + 1 < c, a.tokens[j].lower == "with" else { return nil }
    return SpeakerMention(kind: .group, tokens: (j + 1)..<c)
  }

  static let countLinks: WordSet = [
    "in", "out", "of", "about", "nearly", "almost", "over", "just", "under", "one", "a",
  ]
}

extension QuoteFinder {
  /// Verbs of saying whose past participle differs from their past tense.
  static let participleOnlyForms: WordSet = ["known", "shown", "written", "spoken", "seen", "foreseen", "sworn"]
}
