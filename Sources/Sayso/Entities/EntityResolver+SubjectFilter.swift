extension EntityResolver {
  /// "War came to the coast", "C" left over from "(D-S.C.)": a lone
  /// capitalised word with no role that a lexicon knows as a common word, or
  /// a single letter, is no subject someone may later call "she", unless it
  /// is a given name or a surname already seen in full.
  func isLoneUnknownWord(_ m: SpeakerMention) -> Bool {
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
  func isLabel(_ s: Range<Int>) -> Bool {
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
  func isUnknownHead(_ m: SpeakerMention) -> Bool {
    let head = a.tokens[m.tokens.upperBound - 1]
    return head.kind == .word && head.classes.isDisjoint(with: [.personNouns, .titles]) && !a.reader.isRoleWord(head)
  }
}
