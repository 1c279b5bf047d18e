extension QuoteFinder {
  /// Narrative tokens before a quotation, back to the sentence start, the
  /// previous quotation or the paragraph start.
  func narrativeBefore(_ first: Int) -> Range<Int> {
    var b = first
    let paragraph = a.tokens[first].paragraph
    let sentence = a.sentenceOf[first]
    while b - 1 >= 0, a.tokens[b - 1].paragraph == paragraph, a.doubleQuoteOf[b - 1] == nil, !a.isTerminal(b - 1),
      a.sentenceOf[b - 1] == sentence
    {
      b -= 1
    }
    return b..<first
  }

  /// Narrative tokens after a quotation, up to the sentence end, the next
  /// quotation or the paragraph end.
  func narrativeAfter(_ last: Int) -> Range<Int> {
    var e = last + 1
    let paragraph = a.tokens[last].paragraph
    let sentence = a.sentenceOf[last]
    while e < a.tokens.count, a.tokens[e].paragraph == paragraph, a.doubleQuoteOf[e] == nil, !a.isTerminal(e),
      a.sentenceOf[e] == sentence
    {
      e += 1
    }
    return (last + 1)..<e
  }

  /// The grammatical subject of a sentence, read from its start after any
  /// introductory phrase ("In Beirut, Okafor met …" → Okafor).
  func subject(ofSentence index: Int, before limit: Int? = nil) -> SpeakerMention? {
    let s = a.sentences[index].tokens
    let end = min(limit ?? s.upperBound, s.upperBound)
    var k = s.lowerBound
    while k < end, a.isQuoted(k) || a.tokens[k].kind != .word { k += 1 }
    guard k < end else { return nil }
    let first = a.tokens[first: k]
    if ["but", "and", "yet", "so", "still", "meanwhile", "however", "now", "then", "also"].contains(first) {
      k += 1
      if k < end, a.tokens[k].first == "," { k += 1 }
    }
    guard k < end else { return nil }
    let opener = a.tokens[k].lower
    // "Immediately after the storm, …", "Shortly before noon, …", "Later on Sunday, …".
    let adverbPhrase =
      (opener.hasSuffix("ly") && opener.utf8.count > 5 || Self.timeAdverbs.contains(opener)
        || Self.degreeAdverbs.contains(opener)) && k + 1 < end
      && a.tokens[k + 1].classes.contains(.prepositions)
    if Lexicon.prepositions.contains(opener) || opener.hasSuffix("ing") || opener.hasSuffix("ed") || adverbPhrase
      || opener == "asked" || opener == "as" || opener == "despite" || opener == "unlike" || opensIntroduction(k, end)
      || a.opensElapsedTime(k, end)
    {
      var j = k
      while j < end, a.tokens[j].first != "," || a.tokens[j].kind != .punct { j += 1 }
      guard j + 1 < end else { return nil }
      k = j + 1
      // "At a rally in Portsmouth, N.H., he …": a state after its town is part of the phrase.
      if k + 1 < end, a.tokens[k].isCapitalized, a.tokens[k + 1].isPunct(","),
        a.tokens[k].classes.contains(.initialism) || a.tokens[k].classes.contains(.places)
          || a.tokens[k].lower.hasSuffix(".")
      {
        k += 2
      } else if k + 2 < end, a.tokens[k].isCapitalized, a.tokens[k + 1].isPunct("."), !a.tokens[k + 1].spaceBefore,
        a.tokens[k + 2].isPunct(",")
      {
        // "in Aspen, Colo., the …"
        k += 3
      }
      // "At a rally in Portsmouth, N.H., on Tuesday, Senator …": a second
      // short phrase of time or place after the first.
      if k < end, a.tokens[k].classes.contains(.prepositions),
        let comma = (k + 1..<min(end, k + 6)).first(where: { a.tokens[$0].isPunct(",") }),
        (k + 1..<comma).allSatisfy({ a.tokens[$0].kind != .punct && a.cue(at: $0) == nil }), comma + 1 < end,
        (k + 1..<comma).contains(where: { a.tokens[$0].classes.contains(.timeWords) || a.tokens[$0].isCapitalized })
      {
        k = comma + 1
      }
      k = subjectAfterAppositives(from: k, end: end)
    }
    // "Said Comey, …": an inverted verb of saying is no subject.
    guard !(a.tokens[k].classes.contains(.cue) && a.reader.isSentenceInitialCommon(k, sentenceStart: k)),
      let m = a.reader.mention(startingAt: k, ceiling: end) ?? pluralSubject(at: k, ceiling: end)
        ?? describedName(at: k, ceiling: end)
    else { return nil }
    return appositiveName(after: m, ceiling: end) ?? m
  }

  /// "Asked about the finance chief, Peter Lund, who backed the sale, Okafor
  /// was blunt": a name set off by commas inside the opening phrase is not
  /// the subject; the first phrase after a comma that a verb follows is.
  /// Without one, `k` stands.
  func subjectAfterAppositives(from k: Int, end: Int) -> Int {
    guard let first = a.reader.mention(startingAt: k, ceiling: end), first.kind != .pronoun,
      first.tokens.upperBound < end, a.tokens[first.tokens.upperBound].isPunct(",")
    else { return k }
    var comma = first.tokens.upperBound
    for _ in 0..<3 {
      // (A verb of saying or a quotation first: the subject was the phrase at `k`.)
      guard let next = (comma + 1..<min(end, comma + 16)).first(where: { a.tokens[$0].isPunct(",") }),
        next + 2 < end,
        !(comma + 1..<next).contains(where: { a.tokens[$0].kind == .quote || a.isQuoted($0) || a.cue(at: $0) != nil })
      else { return k }
      comma = next
      guard let m = a.reader.mention(startingAt: comma + 1, ceiling: end), m.kind != .pronoun,
        m.tokens.upperBound < end
      else { continue }
      let after = a.tokens[m.tokens.upperBound]
      if after.kind == .word, !after.isCapitalized, a.tokens[comma + 1].isCapitalized || m.kind != .name {
        return comma + 1
      }
    }
    return k
  }

  /// "The head of the harbour board, Tomas Adeyemi, said …": a description
  /// the reader has no head noun for, then a name between commas.
  func describedName(at k: Int, ceiling end: Int) -> SpeakerMention? {
    guard a.tokens[k].classes.contains(.determiners) else { return nil }
    var j = k + 1
    while j < end, j - k <= 10, !a.tokens[j].isPunct(",") {
      // A noun phrase, with "of" as its only preposition: a verb or a phrase
      // of place ("an email went out from …") makes it a clause.
      let t = a.tokens[j]
      guard t.kind == .word || t.kind == .number, !a.isQuoted(j), a.cue(at: j) == nil,
        t.classes.isDisjoint(with: [.eventAuxiliary, .eventBeForm]),
        t.lower == "of" || t.classes.contains(.determiners)
          || t.classes.isDisjoint(with: [.prepositions, .functionWords, .pronouns])
      else { return nil }
      j += 1
    }
    guard j + 1 < end, j - k >= 2, a.tokens[j].isPunct(","),
      var name = a.reader.mention(startingAt: j + 1, ceiling: end),
      name.kind == .name, name.tokens.upperBound + 1 < end, a.tokens[name.tokens.upperBound].isPunct(","),
      !name.tokens.contains(where: { a.tokens[$0].classes.contains(.possessive) })
    else { return nil }
    // The predicate follows ("…, Tomas Adeyemi, said"), not the next item of
    // a list ("Its ships, the Heron, the Kestrel and …").
    let next = a.tokens[name.tokens.upperBound + 1]
    guard next.kind == .word, !next.isCapitalized, next.lower != "and", next.lower != "or" else { return nil }
    name.appositive = k..<j
    return name
  }

  /// "Veloria’s maritime minister, Tomas Adeyemi, welcomed …": a subject that
  /// describes someone and then names them between commas is that person.
  func appositiveName(after m: SpeakerMention, ceiling end: Int) -> SpeakerMention? {
    guard m.kind != .pronoun else { return nil }
    var j = m.tokens.upperBound
    // The rest of the description: "maritime minister" after "Veloria’s".
    while j < end, j - m.tokens.upperBound < 4, a.tokens[j].kind == .word, !a.tokens[j].isCapitalized,
      a.tokens[j].classes.isDisjoint(with: [.cue, .functionWords, .pronouns, .prepositions])
    {
      j += 1
    }
    guard j + 1 < end, a.tokens[j].kind == .punct, a.tokens[j].first == ",",
      var name = a.reader.mention(startingAt: j + 1, ceiling: end), name.kind == .name,
      name.tokens.upperBound < end, a.tokens[name.tokens.upperBound].first == ","
    else { return nil }
    name.appositive = m.tokens.lowerBound..<j
    return name
  }

  /// Where reported content ends: the sentence end, less closing punctuation,
  /// or before a trailing ", according to …" or ", she said".
  func contentEnd(from start: Int, sentence: Range<Int>) -> Int {
    var end = sentence.upperBound
    var k = start + 1
    var pairedDash = false
    while k < end {
      let t = a.tokens[k]
      // "said that A, and said that B" / "praised A and said B" / "said A
      // but added B": a second verb of saying joined by "and" or "but"
      // starts a report of its own.
      // So does "… and calling him “a bookkeeper”", "… and has said …", and
      // "… at the rally before claiming …".
      let verb = k + 2 < end && ["has", "have", "had"].contains(a.tokens[k + 1].lower) ? k + 2 : k + 1
      let joined = t.lower == "and" || t.lower == "but" || (Self.participleLinks.contains(t.lower) && k - start >= 3)
      if joined, !a.isQuoted(k), verb < end, let cue = a.cue(at: verb), cue.entry.frame != .belief,
        t.lower == "and" || t.lower == "but" || a.tokens[verb].lower.hasSuffix("ing")
      {
        end = a.tokens[k - 1].kind == .punct && a.tokens[k - 1].first == "," ? k - 1 : k
        break
      }
      // "asked for a photo and Clinton said, “…”": another speaker's own report.
      // "…, and one in four said …": after a comma too.
      if t.lower == "and" || t.lower == "but", !a.isQuoted(k), k + 2 < end,
        let speakerEnd = a.reader.mention(startingAt: k + 1, ceiling: end)?.tokens.upperBound
          ?? countedSpeakerEnd(from: k + 1, ceiling: end), speakerEnd < end,
        let cue = a.cue(at: speakerEnd), cue.entry.frame == .speech
      {
        end = a.tokens[k - 1].isPunct(",") ? k - 1 : k
        break
      }
      // "defended “harbour values,” saying …": the comma sits inside the quote.
      if t.kind == .quote, a.tokens[k - 1].isPunct(","), k + 1 < end, a.tokens[k + 1].lower.hasSuffix("ing"),
        let cue = a.cue(at: k + 1), cue.entry.frame != .belief
      {
        end = k + 1
        break
      }
      // "called it “the expectations game” — setting the bar low …": a dash
      // that no second dash closes adds the writer's gloss.
      if isDash(k), !a.isQuoted(k) {
        // "was a bluff - “Show us the numbers,” she said -": a quotation set off by
        // dashes is given on its own.
        let quotationFollows =
          k + 1 < end && a.tokens[k + 1].kind == .quote && a.doubleQuoteOf[k + 1].map { a.quotes[$0].first } == k + 1
        if quotationFollows, k - start >= 3 {
          end = k
          break
        }
        if !pairedDash, k - start >= 3, !((k + 1)..<end).contains(where: { isDash($0) }) {
          end = k
          break
        }
        pairedDash.toggle()
      }
      // "called the plan “a disgrace” and threatened to sue": a second verb
      // phrase of the subject's own, after quoted words, is what they did.
      // "… and reportedly argued …": an adverb may stand before that verb.
      if t.lower == "and" || t.lower == "but", !a.isQuoted(k), k - start >= 3, k + 1 < end,
        (start..<k).contains(where: { a.tokens[$0].kind == .quote }),
        isPastVerb(k + 1) || (k + 2 < end && a.tokens[k + 1].lower.hasSuffix("ly") && isPastVerb(k + 2))
      {
        end = k
        break
      }
      // "…, as he winds down his campaign", "…, as have other officials".
      if t.lower == "as", !a.isQuoted(k), k - start >= 3, k + 1 < end,
        a.tokens[k + 1].classes.contains(.pronouns) || Self.finiteAuxiliaries.contains(a.tokens[k + 1].lower)
      {
        end = a.tokens[k - 1].isPunct(",") ? k - 1 : k
        break
      }
      // "“We’ll see,” when asked whether …": the question put, not the answer.
      if t.lower == "when" || t.lower == "after", !a.isQuoted(k), k - start >= 2, k + 1 < end,
        a.tokens[k + 1].lower == "asked"
      {
        end = a.tokens[k - 1].isPunct(",") ? k - 1 : k
        break
      }
      // "a single-payer system; Clinton aims to …": a semicolon joins another clause.
      if t.kind == .punct, t.first == ";", !a.isQuoted(k), k - start >= 3 {
        end = k
        break
      }
      // "the “harbour clause,” a rule that …": news style sets the comma
      // inside the closing mark, which then stands where the comma would.
      let quotedComma =
        t.kind == .quote && a.tokens[k - 1].isPunct(",") && a.doubleQuoteOf[k].map { a.quotes[$0].last == k } == true
      if (t.kind == .punct && t.first == "," && !a.isQuoted(k)) || quotedComma, k + 1 < end {
        let cut = quotedComma ? k + 1 : k
        let next = a.tokens[k + 1].lower
        if next == "according" || (next == "said" || next == "says") {
          end = cut
          break
        }
        // "…, but she has bristled at …", "…, and it was …": a contrast or a
        // new clause the writer adds.
        let newClause =
          next == "and" && k + 2 < end && ["he", "she", "they", "it", "i", "we"].contains(a.tokens[k + 2].lower)
        // "…, but that the harbour was “an egregious mess”": a second clause
        // of the same report.
        let secondClause = k + 2 < end && a.tokens[k + 2].lower == "that"
        // "…, but only for students", "…, but also tired of …": "but" with
        // no subject of its own goes on with the same report.
        let samePredicate = next == "but" && k + 2 < end && continuesPredicate(k + 2)
        if next == "but" || newClause || next == "while", k - start >= 3, !secondClause, !samePredicate {
          end = cut
          break
        }
        if let cue = a.cue(at: k + 1), cue.entry.frame != .belief, next.hasSuffix("ing") {
          end = cut
          break
        }
        // "told reporters, before insisting …": a second report in a participle.
        if Self.participleLinks.contains(next), k + 2 < end, a.tokens[k + 2].lower.hasSuffix("ing"),
          let cue = a.cue(at: k + 2), cue.entry.frame != .belief
        {
          end = cut
          break
        }
        if let speaker = a.reader.mention(startingAt: k + 1, ceiling: end), speaker.kind != .description,
          speaker.tokens.upperBound < end, let cue = a.cue(at: speaker.tokens.upperBound), cue.entry.closesQuote
        {
          end = cut
          break
        }
        if isTrailingAppendage(comma: k, start: start, end: end) {
          end = cut
          break
        }
        // "…, and more than four in 10 said …": a new speaker with their own verb of saying.
        if next == "and" || next == "but", k + 2 < end,
          let speaker = a.reader.mention(startingAt: k + 2, ceiling: end), speaker.kind != .pronoun,
          speaker.tokens.upperBound < end, let cue = a.cue(at: speaker.tokens.upperBound), cue.entry.frame == .speech
        {
          end = cut
          break
        }
      }
      k += 1
    }
    while end > start, a.tokens[end - 1].kind == .punct { end -= 1 }
    return end
  }
}

extension QuoteFinder {
  func isDash(_ k: Int) -> Bool { a.isDash(k) }

  /// "he was “not quite there yet” on supporting Ryan, who faces a primary on
  /// Tuesday": a relative or concessive clause that runs from a comma to the
  /// sentence end is the writer's addition, not the speaker's. One closed
  /// between commas ("the plan, which was drafted in May, would fail") stays.
  func isTrailingAppendage(comma k: Int, start: Int, end: Int) -> Bool {
    guard k - start >= 4, k + 1 < end else { return false }
    // (", even if …", ", even though …" stay: speakers qualify their own claims.)
    // ", a mass layoff rivaling …": a noun phrase that sums up the clause.
    let summary = ["a", "an"].contains(a.tokens[k + 1].lower)
    guard summary || Self.appendageOpeners.contains(a.tokens[k + 1].lower) else { return false }
    return !((k + 2)..<end).contains { a.tokens[$0].isPunct(",") && !a.isQuoted($0) }
  }

  /// Whether the word after "but" goes on with the subject already given:
  /// "not", "only", an adverb, an auxiliary or a past-tense verb.
  func continuesPredicate(_ k: Int) -> Bool {
    let t = a.tokens[k]
    guard t.kind == .word, !t.isCapitalized else { return false }
    return Self.predicateOpeners.contains(t.lower) || t.lower.hasSuffix("ly") || isPastVerb(k)
  }

  static let predicateOpeners: WordSet = [
    "not", "only", "also", "rather", "still", "is", "are", "was", "were", "has", "have", "had", "would", "will",
    "could", "should", "can", "may", "might", "must",
  ]

  /// A past-tense verb standing alone: "threatened", "made", not "the".
  func isPastVerb(_ k: Int) -> Bool {
    let t = a.tokens[k]
    guard t.kind == .word, !t.isCapitalized, t.classes.isDisjoint(with: [.functionWords, .determiners, .pronouns])
    else {
      return false
    }
    return (t.lower.hasSuffix("ed") && t.lower.utf8.count > 4) || Self.irregularPasts.contains(t.lower)
  }

  static let appendageOpeners: WordSet = [
    "who", "which", "whom", "whose", "although", "though", "whereas", "compared", "despite",
  ]
}

extension Array where Element == Token {
  fileprivate subscript(first k: Int) -> String { self[k].lower }
}

extension QuoteFinder {
  /// Whether the sentence opens with an introductory phrase that ends at a
  /// comma and names no one: an adverb ("Domestically, …", "Likewise, …") or a
  /// time ("Eight years ago, …", "Sunday morning, …").
  func opensIntroduction(_ k: Int, _ end: Int) -> Bool {
    let t = a.tokens[k]
    guard t.kind == .word || t.kind == .number else { return false }
    if k + 1 < end, a.tokens[k + 1].isPunct(",") {
      return (t.lower.utf8.count > 4 && t.lower.hasSuffix("ly")) || Self.sentenceAdverbs.contains(t.lower)
        || t.classes.contains(.timeWords)
    }
    // A count or a day before a time noun: "Eight years ago,", "Sunday morning,".
    // "A few days later,", "The next morning,".
    let article = t.lower == "a" || t.lower == "an" || t.lower == "the"
    guard t.kind == .number || Self.numberWords.contains(t.lower) || t.classes.contains(.timeWords) || article else {
      return false
    }
    var j = k + 1
    while j < min(end, k + 5), !a.tokens[j].isPunct(",") {
      guard a.tokens[j].kind == .word, !a.tokens[j].isCapitalized else { return false }
      j += 1
    }
    guard j < end, a.tokens[j].isPunct(",") else { return false }
    return (k + 1..<j).contains { Self.timeNouns.contains(a.tokens[$0].lower) }
  }

  /// "Later on Sunday, …", "Earlier in the week, …", "Elsewhere in his remarks, …",
  /// "Here in Port Ellis, …", "Back in the capital, …": an adverb of time or
  /// place before a preposition opens a phrase, not the subject.
  static let timeAdverbs: WordSet = [
    "later", "earlier", "afterward", "afterwards", "soon", "elsewhere", "here", "there", "back", "out", "over",
    "up", "down", "nearby",
  ]

  /// "Even before the race was called, …", "Just after noon, …", "Long
  /// before the vote, …": an adverb that sharpens the phrase after it.
  static let degreeAdverbs: WordSet = ["even", "just", "right", "long", "only", "well", "soon", "shortly"]

  static let sentenceAdverbs: WordSet = [
    "likewise", "meanwhile", "however", "instead", "moreover", "furthermore", "nonetheless", "nevertheless",
    "still", "also", "separately", "similarly", "indeed", "overall", "ultimately", "now", "then",
  ]

  static let numberWords: WordSet = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "several", "many", "few", "last", "this", "next", "early", "late",
  ]

  static let timeNouns: WordSet = [
    "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "ago", "morning", "afternoon",
    "evening", "night", "decades", "decade", "minutes",
  ]
}

extension QuoteFinder {
  /// The end of a counted group that opens at `start`: "one in four",
  /// "more than 4 in 10".
  func countedSpeakerEnd(from start: Int, ceiling: Int) -> Int? {
    var k = start
    if k + 1 < ceiling, ["more", "fewer", "less"].contains(a.tokens[k].lower), a.tokens[k + 1].lower == "than" {
      k += 2
    }
    guard k + 2 < ceiling, a.tokens[k].kind == .number || Self.numerals.contains(a.tokens[k].lower),
      a.tokens[k + 1].lower == "in",
      a.tokens[k + 2].kind == .number || Self.numerals.contains(a.tokens[k + 2].lower)
    else { return nil }
    return k + 3
  }

  static let numerals: WordSet = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
}
