extension Lexicon {
  /// Titles, ranks and role words that precede a name ("Prime Minister",
  /// "Sen.", "Ayatollah"); a name starts after the last of them.
  static let titles: WordSet = [
    "president", "vice", "secretary", "speaker", "senator", "sen.", "sen", "rep.", "rep",
    "representative", "gov.", "gov", "governor", "lt.", "mayor", "minister", "prime", "premier",
    "chancellor", "king", "queen", "prince", "princess", "sheikh", "sheik", "emir", "sultan",
    "ayatollah", "sayyed", "sayyid", "seyed", "seyyed", "imam", "mullah", "rabbi", "pope", "cardinal",
    "bishop", "archbishop", "father", "pastor", "reverend", "rev.", "general", "gen.", "gen", "col.",
    "colonel", "lieutenant", "capt.", "captain", "sgt.", "sergeant", "major", "maj.", "admiral",
    "adm.", "commander", "marshal", "brigadier", "chief", "director", "chairman", "chairwoman",
    "chairperson", "chair", "ceo", "cfo", "founder", "judge", "justice", "attorney", "prosecutor",
    "ambassador", "envoy", "commissioner", "spokesman", "spokeswoman", "spokesperson", "leader",
    "former", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "prof.", "professor", "sir",
    "lord", "lady", "dame", "candidate", "nominee", "congressman", "congresswoman", "councilman",
    "councilwoman", "councillor", "councilor", "assemblyman", "assemblywoman", "lawmaker", "deputy",
    "acting", "interim", "parliament", "parliamentary", "minority", "majority", "whip", "house",
    "senate", "state", "party", "foreign", "defense", "defence", "interior", "finance", "health",
    "economy", "treasury", "homeland", "security", "national", "supreme", "late",
    "martyr", "executive", "managing", "editor", "reporter", "correspondent", "analyst", "adviser",
    "advisor", "aide", "strategist", "manager", "coach", "economist", "officer", "official",
    "president-elect", "co-founder", "frontrunner", "front-runner", "hopeful",
    "challenger", "incumbent", "host", "author", "activist", "campaign", "counsel", "press",
    "communications", "director-general", "secretary-general", "general-secretary", "mp", "mep", "msp", "mla",
    "cllr", "councillor", "councilor", "alderman", "provost",
    "sen.-elect", "delegate", "superintendent", "sheriff", "chief-of-staff", "staff", "crown",
    "grand", "republican", "democratic", "democrat", "gop", "independent",
    // Abbreviated ranks, whose dot the tokenizer keeps apart: "Lt. Gen.", "Col.", "Sgt.".
    "lt", "col", "capt", "sgt", "maj", "adm", "prof", "rev", "cmdr", "brig", "cpl", "pvt", "supt", "insp", "det",
  ]

  /// Abbreviated titles and the word a later description uses for them.
  static let titleAbbreviations: WordTable<String> = [
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "capt": "captain", "sgt": "sergeant", "adm": "admiral", "pres": "president",
    "prof": "professor", "dr": "doctor", "rev": "reverend", "amb": "ambassador", "sec": "secretary",
    "cllr": "councillor",
    "congressman": "lawmaker", "congresswoman": "lawmaker", "senator": "lawmaker",
  ]

  /// Other words a later description may use for a role: "Ambassador Leila
  /// Haddad" is later "the envoy", "chief executive Ana Ruiz" "the CEO".
  static let roleSynonyms: WordTable<[String]> = [
    "ambassador": ["envoy", "diplomat"], "envoy": ["diplomat"], "spokesman": ["spokesperson"],
    "spokeswoman": ["spokesperson"], "ceo": ["executive", "chief"], "premier": ["minister"],
    "captain": ["skipper"], "skipper": ["captain"], "chairman": ["chair"], "chairwoman": ["chair"],
    "chairperson": ["chair"],
  ]

  /// Courtesy titles that say a person's gender.
  static let maleTitles: WordSet = ["mr.", "mr", "sir", "lord", "king", "prince", "father", "sheikh"]
  static let femaleTitles: WordSet = [
    "mrs.", "mrs", "ms.", "ms", "miss", "lady", "dame", "queen", "princess", "madam",
  ]

  /// Lower-case words that join a name ("Bashar al-Assad", "Ludwig van Beethoven").
  static let nameParticles: WordSet = [
    "al", "al-", "bin", "ibn", "bint", "abu", "de", "del", "della", "der", "di", "da", "dos", "das",
    "du", "la", "le", "van", "von", "den", "ter", "el", "y", "st.",
  ]

  /// Generational suffixes that end a name.
  static let nameSuffixes: WordSet = ["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]
}
