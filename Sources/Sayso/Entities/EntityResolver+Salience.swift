extension EntityResolver {
  /// Resolves one attribution's speaker.
  mutating func resolve(_ att: Attribution, sentence: Int, excluding: Int? = nil) -> ResolvedSpeaker {
    guard let m = att.speaker else { return ResolvedSpeaker() }
    let span = a.span(m.anchor)
    guard let id = entity(for: m, sentence: sentence, excluding: excluding) else {
      return ResolvedSpeaker(name: a.string(m.tokens), entity: nil, mention: span)
    }
    return ResolvedSpeaker(name: registry.drafts[id].name, entity: id, mention: span)
  }

  /// The referent of a pronoun used as a speaker.
  mutating func pronounReferent(_ form: String, sentence: Int, before token: Int, excluding: Int? = nil) -> Int? {
    // "she’s said": the pronoun before its contracted auxiliary.
    let word = Lexicon.pronounStem(form)
    guard let info = Lexicon.pronouns[word] else { return nil }
    if word == "who" {
      return lastPerson
    }
    guard info.person == 3 else { return nil }
    let paragraph = a.sentences[sentence].paragraph
    func fits(_ e: Int) -> Bool {
      let d = registry.drafts[e]
      if info.plural { return d.type == .group || d.type == .organisation || d.type == .place }
      if info.gender == .neuter { return d.type == .organisation || d.type == .place }
      guard d.type == .person, !Self.looksPlural(d.name) else { return false }
      return d.gender == nil || d.gender == info.gender
    }
    var candidates: [Int] = []
    if let topic = topic(ofSentence: sentence, before: token) { candidates.append(topic) }
    if let own = subjectOf[sentence] ?? ownSubject(sentence, before: token) { candidates.append(own) }
    var s = sentence - 1
    while s >= 0, a.sentences[s].paragraph >= paragraph - 1, candidates.count < 4 {
      if let e = subjectOf[s] { candidates.append(e) }
      s -= 1
    }
    for entry in lastSpeakers.reversed() where entry.paragraph == paragraph { candidates.append(entry.entity) }
    candidates.append(contentsOf: recentPeople.reversed())
    for entry in lastSpeakers.reversed() where entry.paragraph >= paragraph - 4 { candidates.append(entry.entity) }
    // Prefer the previous sentence's subject; the sentence's own subject only
    // when it comes before the pronoun (it is then the pronoun itself otherwise).
    for e in candidates where fits(e) && e != excluding {
      if let g = info.gender, g != .neuter { registry.setGender(e, g) }
      return e
    }
    return nil
  }

  /// The subject that opens the pronoun's own sentence: "Okafor often says
  /// she is …", "Okafor went on: “…,” he said." Speakers are resolved
  /// before their sentence is scanned, so it is read here. A pronoun that
  /// speaks after its words cannot mean a name inside them ("The goal, he
  /// said, is …", "Ruiz “ruined the port,” he said"): then the subject counts
  /// only when a colon sets it apart from the words. A pronoun more than 120
  /// words into its sentence, or 80 after the subject, is too far to tell
  /// (and reading that far for every pronoun of a run-on line would cost
  /// time that grows with its square).
  private mutating func ownSubject(_ sentence: Int, before token: Int) -> Int? {
    let s = a.sentences[sentence].tokens
    guard token > s.lowerBound, token - s.lowerBound <= 120, !a.isQuoted(s.lowerBound),
      let m = QuoteFinder(a).subject(ofSentence: sentence, before: token),
      m.kind == .name || m.kind == .description, m.tokens.upperBound <= token, token - m.tokens.upperBound <= 80,
      !isLoneUnknownWord(m),
      !Lexicon.possessives.contains(a.tokens[m.tokens.lowerBound].lower), !isUnseenLoneName(m)
    else { return nil }
    let previous = a.tokens[token - 1]
    if previous.isPunct(",") || previous.kind == .quote, endsWithCue(after: token, sentence: s),
      !isSetApart(m.tokens.upperBound..<token)
    {
      return nil
    }
    return entity(for: m, sentence: sentence)
  }

  /// "Sure, he said …", "Immigration, she said, …": a lone capitalised word
  /// with no role is a person only once the story has named them in full.
  private func isUnseenLoneName(_ m: SpeakerMention) -> Bool {
    guard m.kind == .name, m.role == nil, m.tokens.count == 1 else { return false }
    return !registry.hasPerson(lastName: Self.stripPossessive(a.tokens[m.tokens.lowerBound].lower))
  }

  /// "…, he said.", "…, she said Tuesday, is …": a verb of saying right after
  /// the pronoun with nothing reported after it (only a time, then a mark).
  /// "In fact, she said it …" reports what follows instead.
  private func endsWithCue(after pronoun: Int, sentence s: Range<Int>) -> Bool {
    var k = pronoun + 1
    guard k < s.upperBound, a.tokens[k].classes.contains(.cue) else { return false }
    k += 1
    while k < s.upperBound, k - pronoun <= 5, a.tokens[k].kind == .word, a.tokens[k].classes.contains(.timeWords) {
      k += 1
    }
    return k >= s.upperBound || a.tokens[k].kind == .punct || a.tokens[k].kind == .quote
  }

  /// Whether the words between a subject and a pronoun that speaks after
  /// them leave the subject out of what is reported: a colon, or a
  /// quotation opened after a comma ("Okafor weighed in, telling the
  /// paper, “…,” he said"), but not one the subject opens ("Ruiz “caused
  /// havoc,” he said").
  private func isSetApart(_ between: Range<Int>) -> Bool {
    between.contains { k in
      guard !a.isQuoted(k) || a.tokens[k].kind == .quote else { return false }
      if a.tokens[k].isPunct(":") { return true }
      // An opening mark stands apart from the comma before it: ", “".
      return a.tokens[k].kind == .quote && a.tokens[k].spaceBefore && k > between.lowerBound + 1
        && a.tokens[k - 1].isPunct(",")
    }
  }

  /// "Fishermen", "Iranians", "Critics": a one-word name that reads as a
  /// plural of people is no one "he" or "she" can mean.
  static func looksPlural(_ name: String) -> Bool {
    guard !name.contains(" ") else { return false }
    let word = name.lowercased()
    if word.hasSuffix("men") && word.utf8.count > 4 { return true }
    guard word.hasSuffix("s") else { return false }
    return Lexicon.groupNouns.contains(word) || Lexicon.demonyms.contains(String(word.dropLast()))
  }

  /// "As for Okafor, he …": the topic a sentence announces before the pronoun.
  mutating func topic(ofSentence index: Int, before token: Int) -> Int? {
    let s = a.sentences[index].tokens
    guard s.count > 4, a.tokens[s.lowerBound].lower == "as", a.tokens[s.lowerBound + 1].lower == "for" else {
      return nil
    }
    var comma = s.lowerBound + 2
    while comma < min(token, s.upperBound), a.tokens[comma].first != "," { comma += 1 }
    guard comma < token, let m = a.reader.mention(startingAt: s.lowerBound + 2, ceiling: comma) else { return nil }
    return entity(for: m, sentence: index)
  }

  /// Registers the names in a sentence and records its subject.
  mutating func scan(sentence index: Int) {
    let s = a.sentences[index].tokens
    guard !isLabel(s) else { return }
    if !a.isQuoted(s.lowerBound), let subject = subjectMention(index), subjectOf[index] == nil,
      !isLoneUnknownWord(subject)
    {
      subjectOf[index] = entity(for: subject, sentence: index)
    }
    // One copy of the reader and the tokens for the loop: reaching them
    // through the analysis object costs reference counting on every word.
    let reader = a.reader
    let tokens = a.tokens
    var k = s.lowerBound
    while k < s.upperBound {
      guard tokens[k].isCapitalized, reader.isNameToken(k),
        !reader.isSentenceInitialCommon(k, sentenceStart: s.lowerBound),
        let m = reader.mention(startingAt: k, ceiling: s.upperBound), m.kind == .name || m.kind == .organisation
      else {
        k += 1
        continue
      }
      if m.kind == .name, let name = m.name, name.count == 1, m.role == nil {
        // A lone capitalised word is a person only when it is a known surname.
        let word = Self.stripPossessive(a.tokens[name.lowerBound].lower)
        if registry.hasPerson(lastName: word) {
          if let e = entity(for: m, sentence: index), !a.isQuoted(k) { notePerson(e) }
        }
      } else if let e = entity(for: m, sentence: index), registry.drafts[e].type == .person, !a.isQuoted(k) {
        notePerson(e)
      }
      k = max(k + 1, m.tokens.upperBound)
    }
  }

  /// "War came to the coast", "C" left over from "(D-S.C.)": a lone
  /// capitalised word with no role that a lexicon knows as a common word, or
  /// a single letter, is no subject someone may later call "she", unless it
  /// is a given name or a surname already seen in full.
  private func isLoneUnknownWord(_ m: SpeakerMention) -> Bool {
    if m.kind == .description { return isUnknownHead(m) }
    guard m.kind == .name, m.role == nil, m.tokens.count == 1 else { return false }
    let t = a.tokens[m.tokens.lowerBound]
    let word = Self.stripPossessive(t.lower)
    guard !registry.hasPerson(lastName: word), !a.reader.isGivenName(word) else { return false }
    // A headline capitalises freely: "Dock dispute" names no one. (A long
    // first line that ends like a sentence may be the lede instead.)
    if let headline = a.headline, headline.contains(m.tokens.lowerBound),
      headline.count <= 10 || !a.isTerminal(headline.upperBound - 1)
    {
      return true
    }
    let commonWord: WordClass = [
      .eventTrigger, .cue, .timeWords, .organisationNouns, .personNouns, .groupNouns, .demonyms, .eventSector,
      .eventPeople,
    ]
    return word.utf8.count <= 2 || !t.classes.isDisjoint(with: commonWord)
  }

  /// "SUMMARY.", "FULL STORY.", "Border Talks.": a line of capitalised
  /// words alone labels what follows; it has no subject and mentions no one.
  private func isLabel(_ s: Range<Int>) -> Bool {
    var words = 0
    for k in s where a.tokens[k].kind == .word {
      guard a.tokens[k].isCapitalized, words < 4 else { return false }
      words += 1
    }
    return words > 0
  }

  /// "The trouble, however, is …": a determiner and a head noun no
  /// lexicon knows as a person's may name a speaker ("said the foreman"),
  /// but as a subject it is no one a later "he" means.
  private func isUnknownHead(_ m: SpeakerMention) -> Bool {
    let head = a.tokens[m.tokens.upperBound - 1]
    return head.kind == .word && head.classes.isDisjoint(with: [.personNouns, .titles]) && !a.reader.isRoleWord(head)
  }

  private func subjectMention(_ index: Int) -> SpeakerMention? {
    let finder = QuoteFinder(a)
    return finder.subject(ofSentence: index)
  }
}
