extension Lexicon {
  /// Words that may stand between a speaker and the cue ("he also said",
  /// "she has repeatedly argued") without breaking the attribution.
  static let cueModifiers: WordSet = [
    "also", "later", "then", "previously", "once", "again", "recently", "repeatedly", "simply",
    "quickly", "flatly", "further", "has", "have", "had", "has long", "long", "often", "frequently",
    "publicly", "privately", "openly", "reportedly", "allegedly", "initially", "originally",
    "first", "finally", "earlier", "subsequently", "still", "always", "never", "not", "even",
    "would", "will", "could", "might", "may", "can", "did", "does", "do", "is", "was", "were", "are",
    "been", "being", "be", "just", "already", "explicitly", "bluntly", "candidly", "angrily",
    "firmly", "strongly", "confidently", "emphatically", "forcefully", "proudly", "quietly",
    "loudly", "softly", "calmly", "sharply", "harshly", "famously", "memorably", "notably",
    "consistently", "similarly", "likewise", "separately", "herself", "himself", "themselves",
    "itself", "personally", "directly", "here", "there", "now", "today", "yesterday", "tonight", "however",
    "meanwhile", "instead", "too", "nonetheless", "nevertheless", "overall", "both", "all",
  ]

  /// Lower-case words that may follow a verb and precede a reported clause
  /// ("said on Monday that", "told reporters in Ohio that").
  static let clauseOpeners: WordSet = [
    "that", "he", "she", "they", "it", "we", "i", "you", "there", "the", "a", "an", "this", "these",
    "those", "his", "her", "their", "its", "our", "my", "no", "nothing", "everything", "something",
    "someone", "anyone", "everyone", "nobody", "if", "whether", "what", "why", "how", "when",
    "where", "who", "all", "both", "some", "many", "most", "none", "each", "every", "any", "one",
    "only", "such", "more", "fewer", "less", "several", "neither", "either", "america", "americans",
  ]

  /// Prepositions that can open a phrase between a cue and the reported clause.
  static let prepositions: WordSet = [
    "in", "on", "at", "to", "during", "after", "before", "with", "from", "for", "over", "via",
    "through", "last", "this", "earlier", "late", "early", "by", "outside", "inside", "while",
    "when", "of", "about", "near", "into", "across", "since", "under", "within", "among",
    "despite", "amid", "following", "given", "without", "beyond", "regarding", "throughout",
  ]

  /// Weekdays and time words that may follow a cue ("said Monday").
  static let timeWords: WordSet = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "recently", "later", "earlier", "afterward", "afterwards", "then",
    "again", "also", "repeatedly", "week", "month", "year", "morning", "afternoon", "evening",
    "night", "now", "previously", "once", "privately", "publicly", "separately", "noon", "midnight", "dawn",
    "dusk", "weekend",
  ]
}
