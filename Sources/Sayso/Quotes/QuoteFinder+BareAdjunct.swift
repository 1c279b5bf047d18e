extension QuoteFinder {
  /// "said on Monday it would …", "said in a statement the port …": the end
  /// of a short phrase of time or of the means of saying, with no comma or
  /// "that" after it, when a clause with a subject of its own follows.
  ///
  /// `k` is the phrase's preposition. The phrase holds at most a few plain
  /// words before its head (a weekday, month, year or time noun, or a noun
  /// such as "statement" or "interview"); more time words may follow the
  /// head ("on Tuesday night", "in March 2019"). Another such phrase may
  /// follow before the clause. Without a clause after it the phrase is left
  /// alone, so "said in a statement released Monday" reports nothing here.
  func bareAdjunctEnd(from k: Int, sentence s: Range<Int>) -> Int? {
    var start = k
    // ("asked about remarks she had made": "about" takes the remarks, and
    // the clause after them is a relative one.)
    while start < s.upperBound, a.tokens[start].classes.contains(.prepositions), !a.isQuoted(start),
      Self.timeOrMeansPrepositions.contains(a.tokens[start].lower)
    {
      guard let end = adjunctHeadEnd(after: start, ceiling: s.upperBound) else { return nil }
      start = end
    }
    guard start > k, start < s.upperBound else { return nil }
    let opener = a.tokens[start]
    let pronoun = opener.classes.contains(.pronouns) && Lexicon.pronouns[opener.lower] != nil
    guard pronoun || opensFiniteClause(at: start, sentence: s, pastVerb: true) else { return nil }
    return start
  }

  /// The index after the head of the phrase whose preposition is at `p`.
  func adjunctHeadEnd(after p: Int, ceiling: Int) -> Int? {
    var j = p + 1
    while j < ceiling, j - p <= 5 {
      let t = a.tokens[j]
      if a.isTimeEnd(j) || (t.kind == .word && Self.meansNouns.contains(t.lower)) {
        j += 1
        while j < ceiling, a.isTimeEnd(j) || a.tokens[j].isPunct(".") && a.isTimeEnd(j - 1) { j += 1 }
        return j
      }
      let plain =
        t.kind == .number
        || (t.kind == .word && t.classes.isDisjoint(with: [.cue, .prepositions, .pronouns, .functionWords])
          || t.classes.contains(.determiners))
      guard plain, !a.isQuoted(j) else { return nil }
      j += 1
    }
    return nil
  }

  /// Nouns for the means or the occasion of a statement: "in a statement",
  /// "in an interview", "at a news conference".
  static let meansNouns: WordSet = [
    "statement", "statements", "interview", "interviews", "tweet", "tweets", "post", "letter", "speech",
    "briefing", "conference", "email", "e-mail", "message", "video", "broadcast", "column", "filing",
    "release", "remarks", "address", "radio", "television", "telephone", "phone", "podcast", "blog",
    "newsletter", "memo", "rally", "meeting", "hearing", "forum", "summit", "session", "debate", "ceremony",
  ]
}
