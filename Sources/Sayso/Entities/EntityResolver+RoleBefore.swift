extension EntityResolver {
  /// The role written in lower case right before a name the scan found:
  /// "union leader Ana Ruiz", "chief of staff Ana Ruiz", or set off before
  /// it by commas: "the mayor, Lena Obi, showed …". The scan reads names from
  /// their first capital, so without this such people would carry no role,
  /// and "the union leader" later could not be resolved to them.
  func roleBefore(name m: SpeakerMention, sentenceStart: Int) -> Range<Int>? {
    let k = m.tokens.lowerBound
    let tokens = a.tokens
    // "the mayor, Lena Obi, …": a described person, a comma, the name, a comma.
    if k - 3 >= sentenceStart, tokens[k - 1].isPunct(","), m.tokens.upperBound < tokens.count,
      tokens[m.tokens.upperBound].isPunct(","), let role = roleWords(endingAt: k - 2, floor: sentenceStart),
      tokens[role.lowerBound - 1].classes.contains(.determiners)
        || tokens[role.lowerBound - 1].classes.contains(.possessive)
    {
      return role
    }
    return roleWords(endingAt: k - 1, floor: sentenceStart)
  }

  /// Lower-case role words ending at `last`: a title or person noun as the
  /// head, "of" and a role word inside ("chief of staff"), and modifiers
  /// before it ("union leader", "shipping executive").
  private func roleWords(endingAt last: Int, floor: Int) -> Range<Int>? {
    let tokens = a.tokens
    let reader = a.reader
    guard last > floor, tokens[last].kind == .word, !tokens[last].isCapitalized,
      reader.isRoleWord(tokens[last]) || tokens[last].classes.contains(.personNouns)
    else { return nil }
    var j = last
    while j - 1 > floor, last - j < 4 {
      let t = tokens[j - 1]
      if t.lower == "of", j - 2 > floor,
        reader.isRoleWord(tokens[j - 2]) || tokens[j - 2].classes.contains(.personNouns),
        !tokens[j - 2].isCapitalized
      {
        j -= 2
        continue
      }
      guard t.kind == .word, !t.isCapitalized, reader.isModifier(t),
        t.classes.isDisjoint(with: [.determiners, .possessive, .prepositions])
      else { break }
      j -= 1
    }
    return j..<(last + 1)
  }
}
