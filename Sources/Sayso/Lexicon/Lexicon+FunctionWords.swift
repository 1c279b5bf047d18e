extension Lexicon {
  /// Words that are never part of a name even when capitalised.
  static let functionWords: WordSet = [
    "i", "but", "and", "or", "so", "yet", "if", "when", "while", "as", "because", "although", "though",
    "since", "after", "before", "then", "now", "still", "also", "even", "just", "only", "not", "no",
    "yes", "here", "there", "this", "that", "these", "those", "what", "which", "who", "whom", "how",
    "why", "where", "the", "a", "an", "in", "on", "at", "of", "for", "with", "by", "from", "to",
    "he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their", "my", "your",
    "meanwhile", "however", "instead", "indeed", "asked", "despite", "unlike", "like", "according",
    "many", "some", "several", "most", "few", "all", "both", "each", "every", "other", "another",
    "such", "much", "more", "less", "any", "none", "nobody", "everyone", "someone", "anyone",
  ]
}
