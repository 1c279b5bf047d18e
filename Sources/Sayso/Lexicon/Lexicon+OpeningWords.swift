extension Lexicon {
  /// Adverbs and conjunctions that open sentences and are never names, so
  /// that "Soon he said …" or "Unless rivals quit, …" adds no person called
  /// "Soon" or "Unless" to the article.
  static let openingWords: WordSet = [
    "soon", "unless", "already", "whether", "perhaps", "maybe", "later", "earlier", "today", "tonight",
    "yesterday", "afterward", "afterwards", "otherwise", "nonetheless", "nevertheless", "moreover",
    "furthermore", "besides", "overall", "together", "once", "again", "often", "sometimes", "never", "always",
    "thus", "hence", "therefore", "rather", "almost", "nearly", "next", "elsewhere", "nor", "neither", "either",
    "whatever", "whoever", "wherever", "whenever", "upon", "within", "across", "through", "throughout", "amid",
    "against", "toward", "towards", "between", "beyond", "around", "until", "except", "instead", "likewise",
    "similarly", "separately", "too", "hardly", "seldom", "rarely", "everywhere", "somehow", "anyway", "back",
    "well", "ever", "behind", "along", "very", "usually", "first", "second", "third", "similar", "right",
    // Prepositions made from adjectives and participles: "Absent a deal, …", "Barring a strike, …".
    "absent", "barring", "pending", "notwithstanding", "here",
    // Verbs that open questions and commands: "Consider the cost", "Have they …?".
    "consider", "have", "has", "had", "should", "would", "could", "can", "must", "does", "did", "do", "are", "is",
    "was", "were", "call", "come", "wait", "let", "imagine", "remember",
  ]
}
