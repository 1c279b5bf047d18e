extension NounPhraseReader {
  /// The speaker phrase whose last token is `last`, read leftwards no further
  /// than `floor`: "… Parliament Speaker Nabih Berri", "a spokesman for the
  /// campaign", "officials", "he".
  func mention(endingAt last: Int, floor: Int, sentenceStart: Int) -> SpeakerMention? {
    guard last >= floor, last < tokens.count, tokens[last].kind == .word else { return nil }
    let t = tokens[last]
    if Lexicon.pronouns[t.lower] != nil {
      return SpeakerMention(kind: .pronoun, tokens: last..<(last + 1))
    }
    if isNameToken(last) && !isSentenceInitialCommon(last, sentenceStart: sentenceStart) {
      return nameMention(endingAt: last, floor: floor, sentenceStart: sentenceStart)
    }
    return describingMention(endingAt: last, floor: floor, sentenceStart: sentenceStart)
  }

  func nameMention(endingAt last: Int, floor: Int, sentenceStart: Int) -> SpeakerMention? {
    var k = last
    while k - 1 >= floor {
      let p = tokens[k - 1]
      if isNameToken(k - 1) && !isSentenceInitialCommon(k - 1, sentenceStart: sentenceStart) {
        k -= 1
      } else if p.lower == "of", k - 2 >= floor, isNameToken(k - 2), k - 1 > sentenceStart {
        // Read on across "of"; splitting the run decides whose name it is.
        k -= 1
      } else if p.kind == .punct, p.first == ".", !p.spaceBefore, k - 2 >= floor,
        tokens[k - 2].classes.contains(.titles) || isInitial(k - 2)
      {
        k -= 1
      } else if p.kind == .quote, p.first == "’" || p.first == "'", !p.spaceBefore, tokens[k].spaceBefore,
        k - 2 >= floor, isNameToken(k - 2), tokens[k - 2].lower.hasSuffix("s")
      {
        // "the American Pilots’ Association": a plural's possessive inside a name.
        k -= 2
      } else if p.kind == .word, !p.isCapitalized,
        isRoleWord(p) || p.classes.contains(.personNouns)
      {
        k -= 1
      } else {
        break
      }
    }
    while k < last, tokens[k].lower == "of" || tokens[k].kind == .punct { k += 1 }
    var begin = k
    if begin - 1 >= floor, tokens[begin - 1].lower == "the" { begin -= 1 }
    return classify(run: k..<(last + 1), begin: begin)
  }
}
