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
    // "“They said, ‘This is good for you,’” Ruiz said.": inside a quotation,
    // "they" are people of the speaker's story, named there or nowhere.
    let story = info.plural && a.isQuoted(token)
    var s = sentence - 1
    while s >= 0, a.sentences[s].paragraph >= paragraph - (story ? 0 : 1), candidates.count < 4 {
      if let e = subjectOf[s] { candidates.append(e) }
      s -= 1
    }
    for entry in lastSpeakers.reversed() where entry.paragraph == paragraph { candidates.append(entry.entity) }
    if !story {
      candidates.append(contentsOf: recentPeople.reversed())
      for entry in lastSpeakers.reversed() where entry.paragraph >= paragraph - 4 { candidates.append(entry.entity) }
    }
    // Prefer the previous sentence's subject; the sentence's own subject only
    // when it comes before the pronoun (it is then the pronoun itself otherwise).
    for e in candidates where fits(e) && e != excluding {
      if let g = info.gender, g != .neuter { registry.setGender(e, g) }
      return e
    }
    return nil
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
        var m = reader.mention(startingAt: k, ceiling: s.upperBound), m.kind == .name || m.kind == .organisation
      else {
        k += 1
        continue
      }
      if m.kind == .name, m.role == nil, m.name.map({ $0.count > 1 }) == true {
        m.role = roleBefore(name: m, sentenceStart: s.lowerBound)
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

  private func subjectMention(_ index: Int) -> SpeakerMention? {
    let finder = QuoteFinder(a)
    return finder.subject(ofSentence: index)
  }
}
