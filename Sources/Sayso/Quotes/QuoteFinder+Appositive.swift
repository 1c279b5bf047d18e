extension QuoteFinder {
  /// `“…,” Ana Ruiz, director of the port authority, said.` and `“…,” Ruiz,
  /// who has run the port since 2019, said.`: a speaker right after the quote,
  /// then a long appositive or relative clause, then the cue. The appositive
  /// may hold verbs of its own ("who has proposed"), so the cue is the one
  /// right after its closing comma.
  func appositiveCueAfter(_ k: Int, _ after: Range<Int>) -> (SpeakerMention, (range: Range<Int>, entry: CueEntry))? {
    guard var speaker = a.reader.mention(startingAt: k, ceiling: after.upperBound),
      speaker.kind != .pronoun,
      speaker.tokens.lowerBound == k
    else { return nil }
    let open = speaker.tokens.upperBound
    if speaker.kind == .name, let cue = cueAfterAffiliation(open, after) { return (speaker, cue) }
    guard open + 1 < after.upperBound, a.tokens[open].isPunct(",") else { return nil }
    var j = open + 1
    while j < after.upperBound, j - open <= 40 {
      let t = a.tokens[j]
      if t.kind == .quote || a.isTerminal(j) { return nil }
      if t.isPunct(","), j > open + 1 {
        var c = j + 1
        while c < after.upperBound, c - j <= 3, a.tokens[c].classes.contains(.cueModifiers) { c += 1 }
        if c < after.upperBound, let cue = a.cue(at: c), cue.entry.frame != .object {
          // "the opposition leader, Carla Mendes, wrote": the name is the speaker.
          if speaker.kind == .description, var name = a.reader.mention(startingAt: open + 1, ceiling: j),
            name.kind == .name, name.tokens.upperBound == j
          {
            name.appositive = speaker.tokens
            return (name, cue)
          }
          speaker.appositive = (open + 1)..<j
          return (speaker, cue)
        }
      }
      j += 1
    }
    return nil
  }

  /// `“…,” Jeffrey Lewis of the Centre for Arms Studies wrote.`: a name's
  /// affiliation, a preposition and a few words without punctuation, then
  /// the cue.
  private func cueAfterAffiliation(_ open: Int, _ after: Range<Int>) -> (range: Range<Int>, entry: CueEntry)? {
    guard open + 2 < after.upperBound, ["of", "from", "at", "with"].contains(a.tokens[open].lower) else {
      return nil
    }
    var j = open + 1
    while j < after.upperBound, j - open <= 12, a.tokens[j].kind == .word || a.tokens[j].isPunct("-") {
      if j > open + 1, let cue = a.cue(at: j), cue.entry.frame != .object { return cue }
      j += 1
    }
    return nil
  }
}
