/// The lexicon lists a word belongs to, looked up once per token so that rules
/// test membership with a bit mask instead of hashing the word again.
struct WordClass: OptionSet, Sendable, Hashable {
  let rawValue: UInt64

  static let titles = WordClass(rawValue: 1 << 0)
  static let demonyms = WordClass(rawValue: 1 << 1)
  static let organisationNameEnds = WordClass(rawValue: 1 << 2)
  static let places = WordClass(rawValue: 1 << 3)
  static let personNouns = WordClass(rawValue: 1 << 4)
  static let groupNouns = WordClass(rawValue: 1 << 5)
  static let organisationNouns = WordClass(rawValue: 1 << 6)
  static let functionWords = WordClass(rawValue: 1 << 7)
  static let determiners = WordClass(rawValue: 1 << 8)
  static let prepositions = WordClass(rawValue: 1 << 9)
  static let cueModifiers = WordClass(rawValue: 1 << 10)
  static let timeWords = WordClass(rawValue: 1 << 11)
  static let clauseOpeners = WordClass(rawValue: 1 << 12)
  static let nameParticles = WordClass(rawValue: 1 << 13)
  static let abbreviations = WordClass(rawValue: 1 << 14)
  static let roleModifiers = WordClass(rawValue: 1 << 15)
  static let subordinators = WordClass(rawValue: 1 << 16)
  static let nameSuffixes = WordClass(rawValue: 1 << 17)
  static let sentenceStarters = WordClass(rawValue: 1 << 18)
  static let pronouns = WordClass(rawValue: 1 << 19)
  static let cue = WordClass(rawValue: 1 << 20)
  /// Set by the tokenizer on words ending in "’s" or "'s".
  static let possessive = WordClass(rawValue: 1 << 21)
  /// Set by the tokenizer on initialisms that keep their final dot ("U.S.").
  static let initialism = WordClass(rawValue: 1 << 22)
  /// Set by the tokenizer on names joined to a particle: "al-Assad", "bin-Salman".
  static let particleName = WordClass(rawValue: 1 << 23)
  /// A verb or noun form of political action in the ``TriggerLexicon``.
  static let eventTrigger = WordClass(rawValue: 1 << 24)
  // The event rules' closed word lists (``ClauseWords``, ``ActorLexicon``), so that
  // reading a clause tests bits instead of hashing words again.
  static let eventAuxiliary = WordClass(rawValue: 1 << 25)
  static let eventBeForm = WordClass(rawValue: 1 << 26)
  static let eventControlVerb = WordClass(rawValue: 1 << 27)
  static let eventLightVerb = WordClass(rawValue: 1 << 28)
  static let eventReversalVerb = WordClass(rawValue: 1 << 29)
  static let eventVerbAuxiliary = WordClass(rawValue: 1 << 30)
  static let eventTargetPreposition = WordClass(rawValue: 1 << 31)
  static let eventPhraseBreak = WordClass(rawValue: 1 << 32)
  static let eventStatementNoun = WordClass(rawValue: 1 << 33)
  static let eventResultVerb = WordClass(rawValue: 1 << 34)
  static let eventSector = WordClass(rawValue: 1 << 35)
  static let eventPeople = WordClass(rawValue: 1 << 36)
  /// Sentence openers that are never names: ``Lexicon/openingWords``.
  static let openingWords = WordClass(rawValue: 1 << 37)

  /// A title, nationality, organisation ending, place or role modifier: a word
  /// that belongs to a role rather than to a name.
  static let role: WordClass = [.titles, .demonyms, .organisationNameEnds, .places, .roleModifiers]
}

extension Lexicon {
  /// Words that may modify a title before a name ("presidential candidate").
  static let roleModifiers: WordSet = [
    "presidential", "gubernatorial", "senior", "top", "then", "vice", "assistant", "associate", "general",
  ]

  /// Every lexicon word with the lists it is on.
  static let wordClasses: WordTable<WordClass> = {
    var classes: [String: WordClass] = [:]
    let lists: [(WordSet, WordClass)] = [
      (titles, .titles), (demonyms, .demonyms), (organisationNameEnds, .organisationNameEnds),
      (places, .places), (personNouns, .personNouns), (groupNouns, .groupNouns),
      (organisationNouns, .organisationNouns), (functionWords, .functionWords), (determiners, .determiners),
      (prepositions, .prepositions), (cueModifiers, .cueModifiers), (timeWords, .timeWords),
      (clauseOpeners, .clauseOpeners), (nameParticles, .nameParticles), (abbreviations, .abbreviations),
      (roleModifiers, .roleModifiers), (subordinators, .subordinators), (nameSuffixes, .nameSuffixes),
      (sentenceStarters, .sentenceStarters), (WordSet(pronouns.keys), .pronouns),
      (WordSet(CueLexicon.shared.forms.keys).union(["according"]), .cue),
      (WordSet(TriggerLexicon.shared.entries.keys), .eventTrigger),
      (ClauseWords.auxiliaries, .eventAuxiliary), (ClauseWords.beForms, .eventBeForm),
      (ClauseWords.controlVerbs, .eventControlVerb), (ClauseWords.lightVerbs, .eventLightVerb),
      (ClauseWords.reversalVerbs, .eventReversalVerb), (ClauseWords.verbAuxiliaries, .eventVerbAuxiliary),
      (ClauseWords.targetPrepositions, .eventTargetPreposition), (ClauseWords.phraseBreaks, .eventPhraseBreak),
      (ClauseWords.statementNouns, .eventStatementNoun), (ClauseWords.resultVerbs, .eventResultVerb),
      (WordSet(ActorLexicon.sectors.keys), .eventSector), (ActorLexicon.peopleNouns, .eventPeople),
      (openingWords, .openingWords),
    ]
    for (words, flag) in lists {
      for w in words { classes[w, default: []].insert(flag) }
    }
    return WordTable(classes.map { ($0.key, $0.value) })
  }()

  /// The classes of a lower-cased word; empty for words on no list.
  static func classes(of word: String) -> WordClass { wordClasses[word] ?? [] }
}
