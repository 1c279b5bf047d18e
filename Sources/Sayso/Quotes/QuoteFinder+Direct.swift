extension QuoteFinder {
  /// Attributes every double-quoted span, trying in turn: a cue after it
  /// (`“…,” she said`), a cue before it (`She said: “…”`), a lead-in sentence
  /// ending in a colon, and continuation of the current speaker.
  mutating func attributeDirectQuotes() {
    for qi in a.quotes.indices where a.quotes[qi].level == .double {
      let q = a.quotes[qi]
      guard !q.innerTokens.isEmpty, !isWorkTitle(qi) else { continue }
      let before = narrativeBefore(q.first)
      let after = narrativeAfter(q.last)
      let inNarrative = isEmbedded(qi, before: before, after: after)
      if inNarrative, !before.isEmpty, var found = cueAfter(qi, after), !introducesQuotation(found),
        followsDirectly(found, after)
      {
        // "She will play the “outsider card,” he said.": the whole clause is
        // reported, the quoted words within it.
        found.kind = .mixed
        found.content = [TextSpan(a.tokens[before.lowerBound].start, q.end)]
        if let rest = unquotedRest(after: found) { found.content.append(a.span(rest)) }
        record(found)
      } else if !before.isEmpty && inNarrative {
        // "…, writing “Here is the schedule.”": a verb of saying right before
        // a quoted sentence introduces it. Other quoted words inside
        // narrative are left to reported speech, which reads them as mixed.
        if a.tokens[before.upperBound - 1].kind == .word, let found = cueBefore(qi, before) { record(found) }
        continue
      } else if var found = cueAfter(qi, after) {
        if let rest = unquotedRest(after: found) {
          found.kind = .mixed
          found.content.append(a.span(rest))
        }
        record(found)
      } else if var found = cueBefore(qi, before) {
        // ("… “The strike goes on” and vowing to …" adds a report of its own.)
        // (“…,” after the spokesman praised …: a quotation closed by its comma
        // ends there, and the narrative goes on.)
        // (“Lock her up!” as they had before: a quoted sentence closed by its
        // own full stop or mark ends the speaker's words.)
        let closedByComma =
          q.innerTokens.last.map { ",.!?".unicodeScalars.contains(a.tokens[$0].first) && a.tokens[$0].kind == .punct }
          ?? false
        if let first = after.first, a.tokens[first].kind == .word, !a.tokens[first].isCapitalized, !closedByComma,
          !opensTimePhrase(first, before: after.upperBound),
          !(Self.joiningWords.contains(a.tokens[first].lower) && first + 1 < after.upperBound
            && a.cue(at: first + 1) != nil)
        {
          // “…” on how many jobs …: the sentence goes on after the quote.
          let end = contentEnd(from: first, sentence: a.sentences[a.sentenceOf[first]].tokens)
          if end > first {
            found.kind = .mixed
            found.content = [TextSpan(q.start, a.tokens[end - 1].end)]
          }
        }
        record(found)
      } else if !inNarrative, let found = continuation(qi, before: before) {
        record(found)
      } else if before.isEmpty, let first = after.first, var found = continuation(qi, before: before),
        found.evidence == "direct.continuation"
      {
        // "“That is the fight we’re taking” to the rest of the country.": the
        // speaker goes on, and the sentence's unquoted end is theirs too.
        let end = contentEnd(from: first, sentence: a.sentences[a.sentenceOf[first]].tokens)
        if end > first {
          found.kind = .mixed
          found.content.append(TextSpan(a.tokens[first].start, a.tokens[end - 1].end))
        }
        record(found)
      }
    }
  }

  /// A programme, book or film named in quotation marks: "on ABC’s “This
  /// Week,”", "told “Good Morning America”". A few capitalised words right
  /// after a possessive or a preposition name a work; nobody says them.
  func isWorkTitle(_ qi: Int) -> Bool {
    let q = a.quotes[qi]
    let inner = q.innerTokens
    guard q.hasOpener, q.first > 0, (1...6).contains(inner.count) else { return false }
    let before = a.tokens[q.first - 1]
    let introduces =
      before.classes.contains(.possessive) || ["on", "of", "in", "to", "told"].contains(before.lower)
    guard introduces else { return false }
    var words = 0
    for k in inner {
      let t = a.tokens[k]
      if t.kind == .punct {
        // Only a trailing comma or full stop, as news style puts inside the marks.
        guard k == inner.upperBound - 1, t.first == "," || t.first == "." else { return false }
        continue
      }
      guard t.kind == .word || t.kind == .number else { return false }
      guard t.isCapitalized || (words > 0 && Self.titleLinkWords.contains(t.lower)) else { return false }
      words += 1
    }
    return words > 0
  }

  static let titleLinkWords: WordSet = ["of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with"]

  private func direct(
    _ qi: Int, _ speaker: SpeakerMention?, _ cue: (range: Range<Int>, entry: CueEntry)?, _ evidence: String
  )
    -> Attribution
  {
    let q = a.quotes[qi]
    return Attribution(
      kind: .direct, content: q.pieces, speaker: speaker, cue: cue?.range, cueEntry: cue?.entry,
      evidence: evidence, quote: qi, anchor: a.sentenceStart(of: q.first))
  }

  /// `“…,” she said.` / `“…,” said the minister.`
  private func cueAfter(_ qi: Int, _ after: Range<Int>) -> Attribution? {
    guard !after.isEmpty else { return nil }
    let q = a.quotes[qi]
    let inner = q.innerTokens
    // "‘Leave now,’”: the comma of a quote ending in a nested one sits inside
    // the inner marks.
    var lastIndex = inner.upperBound - 1
    while lastIndex > inner.lowerBound, a.tokens[lastIndex].kind == .quote { lastIndex -= 1 }
    let lastInner = a.tokens[lastIndex]
    var k = after.lowerBound
    let lead = a.tokens[k]
    let opensAttribution =
      lead.kind == .punct && (lead.first == "," || lead.first == "—" || lead.first == "–")
    if opensAttribution { k += 1 }
    if let byline = dashByline(qi, after) { return byline }
    let endsOpen = lastInner.kind == .punct && ",?!—–-…:".unicodeScalars.contains(lastInner.first)
    // "“A battle of niches” Okafor said.": a name and a verb of saying that
    // end the sentence attribute a quotation even without its comma.
    let bareAttribution =
      lead.kind == .word && lead.isCapitalized
      && a.reader.mention(startingAt: k, ceiling: after.upperBound).map { m in
        m.tokens.upperBound < after.upperBound && m.kind != .organisation
          && a.cue(at: m.tokens.upperBound).map { $0.entry.closesQuote && after.upperBound - $0.range.upperBound <= 6 }
            ?? false
      } ?? false
    guard endsOpen || opensAttribution || bareAttribution || (lead.kind == .word && !lead.isCapitalized) else {
      return nil
    }
    guard k < after.upperBound else { return nil }
    // "…,” saying the city …": a participle never comes before its speaker.
    // "according to" only looks like one.
    if let cue = a.cue(at: k), cue.entry.frame != .object || closesWithoutObject(cue.range),
      !a.tokens[k].lower.hasSuffix("ing") || cue.entry.lemma == "according to",
      let speaker = a.speaker(after: cue.range.upperBound, ceiling: after.upperBound)
    {
      return direct(qi, speaker, cue, "direct.cue-speaker-after")
    }
    if endsOpen, let cue = a.cue(at: k), cue.entry.closesQuote, cue.entry.frame == .speech,
      !a.tokens[k].lower.hasSuffix("ing"),
      let speaker = looseSpeaker(after: cue.range.upperBound, ceiling: after.upperBound)
    {
      return direct(qi, speaker, cue, Self.looseSpeakerEvidence)
    }
    if let (speaker, cue) = appositiveCueAfter(k, after) {
      return direct(qi, speaker, cue, "direct.speaker-cue-after")
    }
    if endsOpen, let found = verbSpeakerAfter(qi, from: k, after) { return found }
    for c in k..<min(after.upperBound, k + 12) {
      guard let cue = a.cue(at: c), cue.entry.frame != .object || closesWithoutObject(cue.range) else { continue }
      // "“a tourist” on her phone-in show while discussing": a participle with no
      // finite verb of saying before it attributes nothing here.
      if a.tokens[c].lower.hasSuffix("ing") { return nil }
      // "“…,” Okafor likes to say.": the subject stands before "likes to".
      let verb = a.infinitiveOpener(beforeCue: c, floor: k) ?? c
      if let speaker = a.speaker(before: verb, floor: k),
        descriptorsOnly(from: k, to: min(speaker.tokens.lowerBound, speaker.appositive?.lowerBound ?? Int.max))
      {
        return direct(qi, speaker, cue, "direct.speaker-cue-after")
      }
      // "“Will it run?” a steward in the room wondered.": a question closes with its wondering.
      if endsOpen, cue.entry.closesQuote || cue.entry.lemma == "wonder", let speaker = looseSpeaker(from: k, before: c)
      {
        return direct(qi, speaker, cue, Self.looseSpeakerEvidence)
      }
      return nil
    }
    return endsOpen ? speakerVerbAfter(qi, from: k, after) : nil
  }

  /// `“Go back to your seat,” Okafor barked.`: a quotation that ends in a
  /// comma, question or exclamation mark, then a speaker and a verb the
  /// lexicon does not know. The punctuation inside the marks says the
  /// sentence goes on to its attribution, so the verb is the cue.
  private func speakerVerbAfter(_ qi: Int, from k: Int, _ after: Range<Int>) -> Attribution? {
    guard a.quotes[qi].first == a.sentenceStart(of: a.quotes[qi].first),
      let speaker = a.reader.mention(startingAt: k, ceiling: after.upperBound),
      [.name, .pronoun, .description].contains(speaker.kind), speaker.tokens.upperBound < after.upperBound
    else { return nil }
    var v = speaker.tokens.upperBound
    if a.tokens[v].kind == .word, a.tokens[v].lower.hasSuffix("ly"), v + 1 < after.upperBound { v += 1 }
    guard looksFinite(v) else { return nil }
    // "“Why now?” Okafor questioned.": a verb that elsewhere takes an object
    // has none here; the quotation is what it reports.
    if let cue = a.cue(at: v) {
      // "“Just one minute,” he urged them.": a pronoun object may stand between.
      var end = v + 1
      if end + 1 < a.tokens.count, Self.objectPronouns.contains(a.tokens[end].lower) { end += 1 }
      guard cue.entry.frame == .object, end < a.tokens.count, a.isTerminal(end) else { return nil }
      return direct(qi, speaker, cue, "direct.speaker-verb-after")
    }
    let entry = CueEntry(lemma: Self.verbLemma(a.tokens[v].lower), particle: nil, frame: .speech)
    return direct(qi, speaker, (v..<(v + 1), entry), "direct.speaker-verb-after")
  }

  /// Whether the words between a quote and its speaker only describe the
  /// speaker: "“…,” harbour master Ona Velez said", "veteran union organiser
  /// Ana Ruiz", "Harbour Capital fund manager Ana Ruiz". One word of any kind
  /// may stand there; longer gaps must be names or plain lower-case words,
  /// without verbs of their own or function words.
  private func descriptorsOnly(from k: Int, to start: Int) -> Bool {
    // "“…,” and Ruiz, who says": a conjunction joins a new clause.
    // "“…” on her phone-in show": nor does a preposition open a description.
    if start == k + 1 {
      return !Self.joiningWords.contains(a.tokens[k].lower) && !a.tokens[k].classes.contains(.prepositions)
    }
    if start <= k { return true }
    guard start - k <= 4 else { return false }
    return (k..<start).allSatisfy { i in
      let t = a.tokens[i]
      return t.kind == .word && (!t.isCapitalized || a.reader.isNameToken(i))
        && t.classes.isDisjoint(with: [.functionWords, .pronouns, .prepositions, .cue, .determiners])
    }
  }

  /// `She said: “…”` / `In a statement, the ministry said, “…”`.
  private func cueBefore(_ qi: Int, _ before: Range<Int>) -> Attribution? {
    guard !before.isEmpty else { return nil }
    let lastIndex = before.upperBound - 1
    let last = a.tokens[lastIndex]
    var end = lastIndex
    let punctuated = last.kind == .punct && ",:—–".unicodeScalars.contains(last.first)
    // "…, writing “Here is the schedule.”", "chanting “Save the cranes.”": a
    // verb of saying right before a quotation that opens like a sentence.
    let inner = a.quotes[qi].innerTokens
    let bareCue =
      !punctuated && !inner.isEmpty && a.tokens[inner.lowerBound].isCapitalized
      && a.cue(at: lastIndex).map {
        // "a sign that read “Closed”": what a sign or a shirt reads is nobody's words.
        $0.entry.frame == .speech && $0.range.upperBound == lastIndex + 1 && $0.entry.lemma != "read"
      } == true
    guard punctuated || bareCue else { return nil }
    if punctuated { end -= 1 }
    guard end >= before.lowerBound else { return nil }
    let floor = max(before.lowerBound, end - 12)
    for c in stride(from: end, through: floor, by: -1) {
      guard let cue = a.cue(at: c), cue.entry.frame != .object || cue.entry.particle != nil else { continue }
      if cue.entry.lemma == "according to" {
        let speaker = a.speaker(after: cue.range.upperBound, ceiling: end + 1)
        return direct(qi, speaker, cue, "direct.according-to")
      }
      if var speaker = a.speaker(before: c, floor: before.lowerBound) {
        // "Since the ferry never paid, Ruiz said, the answer is
        // plain: “…”": an attribution set off by commas inside the
        // lead-in makes the whole sentence the report, left to reported speech.
        let start = speaker.tokens.lowerBound
        if start > before.lowerBound, a.tokens[start - 1].isPunct(","), cue.range.upperBound + 2 < end,
          a.tokens[cue.range.upperBound].isPunct(",")
        {
          return nil
        }
        // "The union emailed members saying …": a verb inside or right before
        // the phrase read as the speaker ends the subject before it.
        let verbBefore = speaker.tokens.lowerBound - 1
        let sentenceStart = a.sentenceStart(of: c)
        if a.tokens[c].lower.hasSuffix("ing"),
          let verb = speaker.tokens.dropFirst().first(where: { isPastVerb($0) })
            ?? (verbBefore > sentenceStart && isPastVerb(verbBefore) ? verbBefore : nil),
          let subject = subject(ofSentence: a.sentenceOf[c], before: adverbStart(before: verb, floor: sentenceStart)),
          subject.tokens.upperBound <= verb
        {
          speaker = subject
        }
        // "she released a statement saying, “…”", "sent an email to members
        // stating, “…”": the message says what its sender does.
        let head = speaker.tokens.dropFirst().first { a.tokens[$0].classes.contains(.prepositions) }.map { $0 - 1 }
        if a.tokens[c].lower.hasSuffix("ing"), let head = head ?? speaker.tokens.last,
          Self.messageNouns.contains(a.tokens[head].lower),
          let sender = subject(ofSentence: a.sentenceOf[c], before: senderEnd(beforeMessage: speaker.tokens.lowerBound))
        {
          speaker = sender
        }
        // "Ruiz told them that after 200 years, “It’s time.”": the clause
        // from "that" carries the quotation, so the whole is mixed.
        let after = cue.range.upperBound
        if after < end,
          let that = (after..<min(end, after + 4)).first(where: {
            a.tokens[$0].lower == "that" && !a.isQuoted($0)
          }), end - that >= 2
        {
          var found = direct(qi, speaker, cue, "direct.speaker-cue-before")
          found.kind = .mixed
          found.content = [TextSpan(a.tokens[that].start, a.quotes[qi].end)]
          return found
        }
        // "noted the change from the usual slogan, “Make the Port Great.”":
        // an object the quotation restates is part of what was said. (Whom
        // a verb of telling addresses is not: "told the crews, “…”".)
        if after + 1 < end, a.tokens[end + 1].isPunct(","), !Self.addresseeLemmas.contains(cue.entry.lemma),
          Self.objectOpeners.contains(a.tokens[after].lower),
          (after..<end).allSatisfy({ !a.tokens[$0].classes.contains(.timeWords) && !a.isQuoted($0) })
        {
          var found = direct(qi, speaker, cue, "direct.speaker-cue-before")
          found.kind = .mixed
          found.content = [TextSpan(a.tokens[after].start, a.quotes[qi].end)]
          return found
        }
        return direct(qi, speaker, cue, "direct.speaker-cue-before")
      }
      // "Said Comey, “…”", "Added the mayor: “…”", "Said Ana Ruiz, who grew
      // up here, “…”": the cue opens the sentence.
      if c == a.sentenceStart(of: c), let speaker = a.speaker(after: cue.range.upperBound, ceiling: end + 1),
        speaker.kind != .pronoun,
        speaker.tokens.upperBound == end + 1
          || (a.tokens[speaker.tokens.upperBound].isPunct(",") && speaker.tokens.upperBound + 1 < end
            && a.tokens[speaker.tokens.upperBound + 1].lower == "who")
      {
        return direct(qi, speaker, cue, "direct.cue-speaker-before")
      }
      if a.tokens[c].lower.hasSuffix("ing"), c > before.lowerBound,
        let speaker = closingAttributionSpeaker(beforeComma: c - 1, floor: a.sentenceStart(of: c))
      {
        return direct(qi, speaker, cue, "direct.subject-cue-before")
      }
      if let speaker = subject(ofSentence: a.sentenceOf[c], before: c) {
        return direct(qi, speaker, cue, "direct.subject-cue-before")
      }
      return nil
    }
    if last.first == ":" && punctuated, let speaker = dashedLabel(before: lastIndex, floor: before.lowerBound) {
      return direct(qi, speaker, nil, "direct.colon-lead-in")
    }
    if last.first == ":" && punctuated, let speaker = subject(ofSentence: a.sentenceOf[lastIndex], before: lastIndex) {
      return direct(qi, speaker, nil, "direct.colon-lead-in")
    }
    // "Okafor issued a statement, “…”": a written message introduces its text.
    if last.first == ",", lastIndex - 2 >= before.lowerBound,
      QuoteFinder.messageNouns.contains(a.tokens[lastIndex - 1].lower),
      a.tokens[lastIndex - 2].classes.contains(.determiners),
      let speaker = subject(ofSentence: a.sentenceOf[lastIndex], before: lastIndex - 2)
    {
      // The verb that sent the message ("issued", "posted") is the cue.
      let v = lastIndex - 3
      let verb =
        v >= before.lowerBound && v >= speaker.tokens.upperBound && looksFinite(v)
        ? (v..<(v + 1), CueEntry(lemma: Self.verbLemma(a.tokens[v].lower), particle: nil, frame: .speech)) : nil
      return direct(qi, speaker, verb, "direct.message-lead-in")
    }
    return nil
  }

  /// A quotation inside narrative (`called it “a disgrace” and left`) is part
  /// of reported speech, not a quotation on its own.
  private func isEmbedded(_ qi: Int, before: Range<Int>, after: Range<Int>) -> Bool {
    if !before.isEmpty {
      let last = a.tokens[before.upperBound - 1]
      // A hyphen set off by spaces stands for a dash: "was a bluff - “Show us …”".
      let spacedHyphen = last.first == "-" && last.spaceBefore
      return !(last.kind == .punct && (",:—–(".unicodeScalars.contains(last.first) || spacedHyphen))
    }
    if !after.isEmpty {
      let first = a.tokens[after.lowerBound]
      return first.kind == .word
    }
    return false
  }
}

extension QuoteFinder {
  /// `“… patriotism.” ― Beck Pimentel`: a complete quotation signed with a
  /// dash and a name, as in epigraphs and readers' comments. Only a name
  /// qualifies, alone or before a comma; no verb of saying is needed.
  func dashByline(_ qi: Int, _ after: Range<Int>) -> Attribution? {
    guard after.count >= 2 else { return nil }
    let dash = a.tokens[after.lowerBound]
    guard dash.kind == .punct, "―—–".unicodeScalars.contains(dash.first) || (dash.first == "-" && dash.spaceBefore)
    else { return nil }
    let inner = a.quotes[qi].innerTokens
    guard let lastInner = inner.last, a.tokens[lastInner].kind == .punct,
      ".!?".unicodeScalars.contains(a.tokens[lastInner].first),
      let speaker = a.reader.mention(startingAt: after.lowerBound + 1, ceiling: after.upperBound),
      speaker.kind == .name,
      speaker.tokens.upperBound == after.upperBound || a.tokens[speaker.tokens.upperBound].isPunct(",")
    else { return nil }
    let q = a.quotes[qi]
    return Attribution(
      kind: .direct, content: q.pieces, speaker: speaker, cue: nil, cueEntry: nil,
      evidence: "direct.dash-byline", quote: qi, anchor: a.sentenceStart(of: q.first))
  }
}

extension QuoteFinder {
  /// Verbs whose object is the person addressed: "told the crews, “…”".
  static let addresseeLemmas: WordSet = [
    "tell", "ask", "inform", "assure", "remind", "warn", "urge", "advise", "answer", "reply", "thank",
  ]

  /// Words that open an object noun phrase: "the", "his", "its" …
  static let objectOpeners: WordSet = ["the", "a", "an", "his", "her", "their", "its", "this", "these", "those"]

  /// Words that join a new clause rather than describe a speaker.
  static let joiningWords: WordSet = ["and", "or", "but", "nor", "while", "whereas", "yet"]

  /// "“Enough,” the captain demanded.": a verb that otherwise takes its content as an
  /// object closes a quotation only with no object after it ("urged voters
  /// to …" has one).
  func closesWithoutObject(_ cue: Range<Int>) -> Bool {
    guard let entry = a.cue(at: cue.lowerBound)?.entry, entry.closesQuote else { return false }
    return cue.upperBound >= a.tokens.count || a.tokens[cue.upperBound].kind == .punct
  }
}

extension QuoteFinder {
  /// "on Wednesday night", "late last week": a phrase of time opened at `k`,
  /// which sets the narrative's scene rather than going on with the quote.
  func opensTimePhrase(_ k: Int, before end: Int) -> Bool {
    guard Self.timeOrMeansPrepositions.contains(a.tokens[k].lower) else { return false }
    return (k + 1..<min(end, k + 4)).contains { a.isTimeEnd($0) }
  }
}

extension QuoteFinder {
  /// The first of the "-ly" adverbs right before `k` ("quickly sent"), or `k`.
  func adverbStart(before k: Int, floor: Int) -> Int {
    var j = k
    while j - 1 > floor, a.tokens[j - 1].kind == .word, a.tokens[j - 1].lower.hasSuffix("ly") { j -= 1 }
    return j
  }
}
