/// Reads speaker noun phrases out of tokens, backward from a cue ("Larijani
/// said") or forward after it ("said the spokesman").
///
/// It knows no grammar beyond the shapes of English news attributions:
/// capitalised runs with leading titles, describing phrases opened by a
/// determiner, bare plural group nouns and pronouns.
struct NounPhraseReader {
  let tokens: [Token]
  let commonWords: Set<String>

  func isNameToken(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word else { return false }
    // "One employee", "Many voters": a capitalised quantifier opens no name.
    // "reported on Sunday": a day of the week is a time, never a name.
    if t.isCapitalized {
      return t.classes.isDisjoint(with: [.functionWords, .determiners, .timeWords, .openingWords])
        && !Self.isPartyTag(t)
    }
    return t.classes.contains(.nameParticles) || t.classes.contains(.particleName)
  }

  /// "D-Veloria", "R-Calif": a party and a state after a lawmaker's name,
  /// never a name of its own.
  static func isPartyTag(_ t: Token) -> Bool {
    var bytes = t.lower.utf8.makeIterator()
    guard let party = bytes.next(), party == 0x72 || party == 0x64 || party == 0x69, bytes.next() == 0x2D,
      let state = bytes.next()
    else { return false }
    return state >= 0x61 && state <= 0x7A
  }

  /// A capitalised word that starts its sentence and is a common word elsewhere
  /// in the text ("Asked", "Despite") is not a name.
  func isSentenceInitialCommon(_ k: Int, sentenceStart: Int) -> Bool {
    // After an opening quote mark ("“Asked …”"), not after a closing one ("…,” Kelly said").
    let afterOpeningQuote = k > 0 && tokens[k - 1].kind == .quote && !tokens[k].spaceBefore
    guard k == sentenceStart || afterOpeningQuote else { return false }
    let lower = tokens[k].lower
    // "Recently", "Apolitically": openers that are adverbs, not names; but
    // "Kelly said" and "Connolly said" name their speaker.
    if lower.utf8.count > 4 && lower.hasSuffix("ly"), !isGivenName(lower),
      k + 1 >= tokens.count || !tokens[k + 1].classes.contains(.cue)
    {
      return true
    }
    // "Said Comey, …": an inverted verb of saying opens no name.
    if tokens[k].classes.contains(.cue), lower == "said" || lower == "says" || lower.hasSuffix("ed") { return true }
    return commonWords.contains(lower) || tokens[k].classes.contains(.determiners)
      || Lexicon.prepositions.contains(lower) || Lexicon.pronouns[lower] != nil
  }

  /// "M" in "Jeffrey M. Jones": one capital letter before a full stop.
  func isInitial(_ k: Int) -> Bool {
    let t = tokens[k]
    return t.kind == .word && t.isCapitalized && t.lower.utf8.count == 1 && k + 1 < tokens.count
      && tokens[k + 1].isPunct(".") && !tokens[k + 1].spaceBefore
  }

  func isGivenName(_ lower: String) -> Bool {
    Lexicon.maleFirstNames.contains(lower) || Lexicon.femaleFirstNames.contains(lower)
  }

  func isRoleWord(_ t: Token) -> Bool { !t.classes.isDisjoint(with: .role) }

  /// Splits a run of name-like tokens into a leading role and a trailing name.
  /// A possessive ("Iran’s") or "of" inside the run belongs to the role.
  func splitRole(_ run: Range<Int>) -> (role: Range<Int>?, name: Range<Int>?) {
    // "Senator Ana Ruiz of Oregon", "Gov. Tom Ellis of New Mexico": the state
    // after "of" is where the person is from; the name stands before it.
    if let of = run.suffix(3).last(where: { tokens[$0].lower == "of" }), of - run.lowerBound >= 2,
      tokens[run.upperBound - 1].classes.contains(.places),
      (of + 1..<run.upperBound).allSatisfy({ tokens[$0].isCapitalized }),
      case (let role, let name?) = splitRole(run.lowerBound..<of), name.upperBound == of
    {
      return (role, name)
    }
    var nameStart = run.upperBound
    var k = run.upperBound - 1
    while k >= run.lowerBound {
      let t = tokens[k]
      let possessive = k < run.upperBound - 1 && t.classes.contains(.possessive)
      // The full stop of an initial stays in the name: "Jeffrey M. Jones".
      let initialStop = t.isPunct(".") && k > run.lowerBound && isInitial(k - 1)
      if (t.kind != .word && !initialStop) || isRoleWord(t) || t.lower == "of" || possessive || t.lower == "the" {
        break
      }
      nameStart = k
      k -= 1
    }
    // Particles never open a name: "al-" or "van" belong with what follows.
    while nameStart < run.upperBound, !tokens[nameStart].isCapitalized { nameStart += 1 }
    if nameStart > run.lowerBound, nameStart < run.upperBound, tokens[nameStart - 1].lower == "of" {
      // "Ana Ruiz of Ohio": a name that opens the run is the person's.
      var j = nameStart - 2
      while j >= run.lowerBound, tokens[j].kind == .word, !isRoleWord(tokens[j]), tokens[j].lower != "of" { j -= 1 }
      if j < run.lowerBound, nameStart - 1 > run.lowerBound {
        return (nil, run.lowerBound..<(nameStart - 1))
      }
      // "Minister of Transport of Veloria Ana Ruiz": the first word names the place.
      if run.upperBound - nameStart >= 3 { nameStart += 1 }
    }
    let name = nameStart < run.upperBound ? nameStart..<run.upperBound : nil
    let role = run.lowerBound < nameStart ? run.lowerBound..<nameStart : nil
    return (role, name)
  }
}
