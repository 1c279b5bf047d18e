extension Lexicon {
  /// Words that open a fronted subordinate phrase, which is not reported
  /// content on its own ("Despite the delay, she said, …").
  static let subordinators: WordSet = [
    "despite", "because", "although", "though", "since", "after", "before", "while", "when",
    "whenever", "as", "in", "on", "at", "during", "with", "without", "for", "from", "by", "under",
    "unlike", "like", "following", "amid", "among", "over", "not", "until", "once", "to",
  ]
}
