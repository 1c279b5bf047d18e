extension QuoteFinder {
  /// "CONTENT, X said [on Monday]." and "CONTENT, X said, MORE CONTENT."
  func tail(_ cue: (range: Range<Int>, entry: CueEntry), sentence s: Range<Int>, speaker: SpeakerMention)
    -> Attribution?
  {
    guard cue.entry.closesQuote else { return nil }
    // "The company behind the deal, Harbour Lines, did not respond": what no
    // one said has no content before it.
    let between = speaker.tokens.upperBound..<max(speaker.tokens.upperBound, cue.range.lowerBound)
    if between.contains(where: { Self.negations.contains(a.tokens[$0].lower) }) { return nil }
    // "The port will close, the strike will go on.": a future is no attribution.
    if between.contains(where: { Self.futureModals.contains(a.tokens[$0].lower) }) { return nil }
    var speaker = speaker
    var speakerStart = min(speaker.tokens.lowerBound, cue.range.lowerBound)
    if let joined = coordinatedSpeaker(speaker, start: speakerStart, floor: s.lowerBound) {
      speaker = joined.speaker
      speakerStart = joined.start
    }
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
      if afterCue < s.upperBound, a.tokens[afterCue].kind == .word,
        a.tokens[afterCue].classes.isDisjoint(with: [.timeWords, .prepositions])
      {
        // "…, she told a Senate panel Wednesday.": a short object the readers do not know.
        var j = afterCue
        while j < s.upperBound, j - afterCue < 6, a.tokens[j].kind == .word, a.cue(at: j) == nil,
          a.tokens[j].classes.isDisjoint(with: [.timeWords, .prepositions, .pronouns]) || j == afterCue
        {
          j += 1
        }
        if j < s.upperBound, a.tokens[j].kind == .punct || a.tokens[j].classes.contains(.timeWords) { afterCue = j }
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
      // "…, she wrote in the Forward, a weekly paper.": a noun phrase that
      // ends the sentence describes the place named, and is no content.
      // "…, she said Tuesday, noting …": a participle reports on its own.
      let participle = a.tokens[k + 1].lower.hasSuffix("ing") && a.cue(at: k + 1) != nil
      // "…, said Ana Ruiz, head of the union, a group that …": after an
      // inverted attribution, more commas describe the speaker further.
      let inverted = speaker.tokens.lowerBound > cue.range.lowerBound
      let furtherApposition =
        inverted && (speaker.appositive != nil || a.tokens[k + 1].classes.contains(.determiners))
      if !isDescribingPhrase((k + 1)..<end), !participle, !furtherApposition { pieces.append((k + 1)..<end) }
    }
    guard pieces.reduce(0, { $0 + $1.count }) >= 3 else { return nil }
    // "One docker, who asked not to be named, said the ferry would stop.": a
    // subject and its relative clause stand before the cue, not content.
    if let comma = pieces[0].first(where: { a.tokens[$0].isPunct(",") && !a.isQuoted($0) }), comma - start <= 6,
      comma + 1 < pieces[0].upperBound, a.tokens[comma + 1].lower == "who" || a.tokens[comma + 1].lower == "whose",
      !((comma + 1)..<pieces[0].upperBound).contains(where: { a.tokens[$0].isPunct(",") })
    {
      return nil
    }
    if let q = a.doubleQuoteOf[start], a.quotes[q].last >= speakerStart - 2 { return nil }
    // "“Fees are rising. Every dock pays more” and shoppers feel it, said
    // Hale.": a quotation opened in an earlier sentence and closed in this
    // one's content is part of it.
    if let q = a.doubleQuoteOf[start], a.quotes[q].first < start, byQuote[q] == nil,
      a.tokens[a.quotes[q].first].paragraph == a.tokens[start].paragraph
    {
      // "The two ministers “looked tired. …” …": from where that sentence starts.
      let opening = a.sentenceStart(of: a.quotes[q].first)
      let from = a.isQuoted(opening) && a.doubleQuoteOf[opening] != q ? a.quotes[q].first : opening
      pieces[0] = from..<pieces[0].upperBound
    }
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
    // "Despite the delay, she said." has no content of its own; "As a woman,
    // Ruiz raised less suspicion, he said." has a clause after the phrase.
    // "Fundraising was “stagnant”, he said.": a gerund followed by its verb is a subject.
    let gerundSubject = start + 1 < speakerStart && Self.finiteVerbs.contains(a.tokens[start + 1].lower)
    // "Asked whether he would run, Okafor demurred.": the question put to the
    // speaker, not what the speaker said.
    let fronted =
      (opener.hasSuffix("ing") && opener.utf8.count > 5 && !gerundSubject) || Self.askingParticiples.contains(opener)
    if pieces.count == 1, Lexicon.subordinators.contains(opener) || fronted {
      let piece = pieces[0]
      let comma = piece.first { a.tokens[$0].kind == .punct && a.tokens[$0].first == "," && !a.isQuoted($0) }
      guard let comma, piece.upperBound - comma > 3 else { return nil }
    }
    return makeReported(pieces, cue: cue, speaker: speaker, evidence: "indirect.content-speaker-cue")
  }

  /// "…, Ruiz and Okafor said.", "…, dockers and guild officials said.": a
  /// first conjunct after the comma joins the speaker. Two people keep the
  /// named speaker the verb stands next to; groups become one group.
  func coordinatedSpeaker(_ speaker: SpeakerMention, start: Int, floor: Int) -> (
    speaker: SpeakerMention, start: Int
  )? {
    guard speaker.kind != .pronoun, start - 3 > floor, ["and", "or"].contains(a.tokens[start - 1].lower) else {
      return nil
    }
    let last = start - 2
    var first: Int
    if let other = a.reader.mention(endingAt: last, floor: floor, sentenceStart: a.sentenceStart(of: last)),
      other.kind != .pronoun
    {
      first = other.tokens.lowerBound
    } else if a.tokens[last].kind == .word, !a.tokens[last].isCapitalized, a.tokens[last].lower.hasSuffix("s"),
      a.tokens[last].classes.isDisjoint(with: [.functionWords, .prepositions, .determiners, .cue])
    {
      first = last
    } else {
      return nil
    }
    guard first - 1 > floor, a.tokens[first - 1].isPunct(",") else { return nil }
    if speaker.kind == .name { return (speaker, first) }
    return (SpeakerMention(kind: .group, tokens: first..<speaker.tokens.upperBound), first)
  }

  /// "a weekly paper": a short noun phrase with a determiner and no verb,
  /// which after "wrote in the Harbour Times," describes the paper.
  func isDescribingPhrase(_ r: Range<Int>) -> Bool {
    guard let first = r.first, a.tokens[first].classes.contains(.determiners), r.count <= 6,
      r.upperBound >= a.sentences[a.sentenceOf[first]].tokens.upperBound - 1
    else { return false }
    return !r.contains {
      a.tokens[$0].kind != .word || a.cue(at: $0) != nil || Self.finiteVerbs.contains(a.tokens[$0].lower)
    }
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

  static let finiteVerbs: WordSet = [
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should",
    "remains", "remained", "seems", "seemed",
  ]
}

extension QuoteFinder {
  static let negations: WordSet = [
    "not", "never", "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "won't", "won’t", "cannot",
    "can't", "can’t", "hasn't", "hasn’t", "haven't", "haven’t",
  ]
}

extension QuoteFinder {
  /// Participles that open a phrase of questioning put to the speaker.
  static let askingParticiples: WordSet = ["asked", "pressed", "pushed", "questioned", "quizzed", "challenged"]
}

extension QuoteFinder {
  /// Modals of what is yet to come: "will go on", "shall continue".
  static let futureModals: WordSet = ["will", "shall", "\u{2019}ll", "'ll"]
}
