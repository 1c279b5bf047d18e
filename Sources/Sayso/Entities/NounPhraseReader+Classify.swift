extension NounPhraseReader {
  /// Decides whether a run of capitalised and role words names a person, an
  /// organisation or only describes someone ("the President").
  func classify(run: Range<Int>, begin: Int) -> SpeakerMention? {
    let (role, name) = splitRole(run)
    let all = begin..<run.upperBound
    if tokens[run.upperBound - 1].classes.contains(.groupNouns) || (run.count == 1 && isPluralGroup(run.lowerBound)) {
      // "Latino Republicans", "Senate Democrats": a group, not a person.
      return SpeakerMention(kind: .group, tokens: all)
    }
    // "American Academy of Pediatrics", "Bank of America": an institution
    // named after "of" is no person.
    if let name, name.lowerBound > run.lowerBound + 1, tokens[name.lowerBound - 1].lower == "of",
      Lexicon.organisationNameEnds.contains(tokens[name.lowerBound - 2].lower)
    {
      return SpeakerMention(kind: .organisation, tokens: all, name: run)
    }
    if let name {
      if begin < run.lowerBound && role == nil {
        return SpeakerMention(kind: .organisation, tokens: all, name: run)
      }
      return SpeakerMention(kind: .name, tokens: all, name: name, role: role)
    }
    let lastWord = tokens[run.upperBound - 1].lower
    if Lexicon.organisationNameEnds.contains(lastWord) || Lexicon.places.contains(lastWord)
      || Lexicon.organisationNouns.contains(lastWord)
    {
      return SpeakerMention(kind: .organisation, tokens: all, name: run)
    }
    if Lexicon.titles.contains(lastWord) || Lexicon.personNouns.contains(lastWord) {
      return SpeakerMention(kind: .description, tokens: all, role: run)
    }
    if Lexicon.groupNouns.contains(lastWord) {
      return SpeakerMention(kind: .group, tokens: all)
    }
    return nil
  }

  /// "Millennials", "Islamists", "Iranians": one capitalised word that is the
  /// plural of a people noun or a nationality names a group, so "she" in the
  /// next sentence cannot be theirs. Surname-like endings ("Sanders",
  /// "Evans", "Williams") are not on the list.
  func isPluralGroup(_ k: Int) -> Bool {
    let word = tokens[k].lower
    guard tokens[k].isCapitalized, word.utf8.count >= 6, word.hasSuffix("s"), !word.hasSuffix("ss") else {
      return false
    }
    let singular = String(word.dropLast())
    if Lexicon.demonyms.contains(singular) || Lexicon.personNouns.contains(singular) { return true }
    return Self.groupSuffixes.contains { word.hasSuffix($0) }
  }

  private static let groupSuffixes = ["ists", "ians", "ials", "crats", "icans", "ites"]
}
