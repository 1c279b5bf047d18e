extension QuoteFinder {
  /// The pronoun that opens a reported clause after a short hearer: "the
  /// crowd they", "his audience he", "the council it".
  func pronounAfterHearer(from k: Int, sentence s: Range<Int>) -> Int? {
    guard k < s.upperBound, Self.hearerOpeners.contains(a.tokens[k].lower) else { return nil }
    var j = k + 1
    // Only nouns and modifiers: "the story of how he …" and "our followers
    // what they …" are objects of another kind.
    while j < s.upperBound, j - k <= 3, a.tokens[j].kind == .word,
      a.tokens[j].classes.isDisjoint(with: [.pronouns, .functionWords, .prepositions, .determiners, .subordinators])
    {
      j += 1
    }
    guard j > k + 1, j < s.upperBound, Self.subjectPronouns.contains(a.tokens[j].lower), a.tokens[j].lower != "there"
    else { return nil }
    return j
  }

  static let hearerOpeners: WordSet = ["the", "his", "her", "their", "its", "our", "a", "an"]
}
