extension Lexicon {
  /// Head nouns of describing phrases that name one person ("the spokesman",
  /// "a senior official", "the secretary").
  static let personNouns: WordSet = [
    "spokesman", "spokeswoman", "spokesperson", "official", "secretary", "president", "minister",
    "speaker", "senator", "governor", "mayor", "leader", "chairman", "chairwoman", "chair", "director",
    "adviser", "advisor", "aide", "candidate", "nominee", "lawmaker", "congressman", "congresswoman",
    "representative", "diplomat", "ambassador", "envoy", "commander", "general", "officer", "chief",
    "executive", "judge", "attorney", "lawyer", "prosecutor", "analyst", "expert", "economist",
    "professor", "researcher", "scientist", "strategist", "consultant", "pollster", "source",
    "witness", "resident", "man", "woman", "father", "mother", "son", "daughter", "wife", "husband",
    "brother", "sister", "friend", "colleague", "founder", "owner", "author", "reporter", "writer",
    "columnist", "editor", "correspondent", "host", "anchor", "commentator", "activist", "organizer",
    "organiser", "supporter", "critic", "opponent", "rival", "voter", "member", "manager", "chancellor",
    "premier", "king", "queen", "prince", "cleric", "imam", "priest", "pastor", "rabbi", "bishop",
    "doctor", "physician", "nurse", "teacher", "student", "worker", "employee", "farmer", "veteran",
    "victim", "survivor", "businessman", "businesswoman", "billionaire", "entrepreneur", "investor",
    "delegate", "negotiator", "mediator", "inspector", "investigator", "detective", "sheriff",
    "superintendent", "administrator", "coordinator", "commissioner", "counsel", "physicist",
    "frontrunner", "front-runner", "challenger", "incumbent", "mogul", "republican",
    "democrat", "conservative", "liberal", "progressive", "staffer", "insider", "operative",
    "surrogate", "campaigner", "deputy", "vice", "governor-elect", "president-elect", "hopeful",
  ]

  /// Head nouns of organisations and institutions ("the ministry", "the campaign").
  static let organisationNouns: WordSet = [
    "ministry", "department", "agency", "office", "government", "administration", "council",
    "committee", "commission", "board", "court", "parliament", "congress", "senate", "assembly",
    "party", "campaign", "company", "firm", "corporation", "group", "organization", "organisation",
    "association", "union", "federation", "foundation", "institute", "university", "college",
    "school", "hospital", "army", "military", "navy", "police", "bureau", "service", "embassy",
    "consulate", "cabinet", "presidency", "palace", "kremlin", "pentagon", "newspaper", "network",
    "channel", "station", "magazine", "outlet", "website", "bank", "fund", "movement",
    "coalition", "alliance", "team", "club", "league", "center", "centre", "authority", "regime",
    "junta", "state", "city", "county", "district", "province", "republic", "kingdom", "nation",
    "country", "caucus", "faction", "wing", "pac", "super pac", "poll", "survey", "study", "report",
    "statement", "release", "memo", "letter", "document", "filing", "lawsuit", "complaint", "ruling",
    "analysis", "data", "figures", "records", "documents", "polls", "surveys", "studies", "reports",
    "forces", "authorities", "guard", "corps", "brigade", "brigades", "militia",
    "daily", "times", "post", "journal", "tribune", "herald", "press", "news", "television", "radio",
  ]

  /// Plural nouns that name a group of speakers ("officials", "media outlets").
  static let groupNouns: WordSet = [
    "officials", "sources", "analysts", "experts", "critics", "aides", "advisers", "advisors",
    "supporters", "opponents", "lawmakers", "legislators", "leaders", "residents", "witnesses",
    "diplomats", "observers", "economists", "researchers", "scientists", "activists", "protesters",
    "protestors", "demonstrators", "voters", "people", "members", "investigators", "prosecutors",
    "lawyers", "attorneys", "doctors", "workers", "employees", "farmers", "students", "teachers",
    "parents", "families", "relatives", "friends", "colleagues", "neighbors", "neighbours", "fans",
    "republicans", "democrats", "conservatives", "liberals", "progressives", "outlets", "media",
    "reports", "polls", "surveys", "studies", "statements", "documents", "records", "commentators",
    "pundits", "strategists", "operatives", "insiders", "staffers", "delegates", "candidates",
    "donors", "allies", "rivals", "authorities", "militants", "rebels", "insurgents", "troops",
    "soldiers", "forces", "commanders", "clerics", "ministers", "senators", "governors", "mayors",
    "victims", "survivors", "organizers", "organisers", "campaigners", "others", "pollsters",
    "americans", "europeans", "evangelicals", "independents", "participants", "respondents",
    "percent", "majority", "minority", "plurality", "half", "third", "quarter",
    "muslims", "christians", "jews", "catholics", "protestants", "mormons", "hindus", "buddhists", "sikhs",
    "latinos", "latinas", "hispanics", "immigrants", "refugees", "migrants", "citizens", "taxpayers",
    "consumers", "viewers", "readers", "audiences", "veterans", "millennials", "retirees",
  ]

  /// Words that end an organisation's name and so end a role before a person's
  /// name ("… Security Council Ali Hamidi").
  static let organisationNameEnds: WordSet = [
    "council", "committee", "commission", "ministry", "department", "agency", "party", "parliament",
    "assembly", "congress", "senate", "house", "court", "bank", "fund", "union", "organization",
    "organisation", "association", "institute", "university", "corps", "guard", "forces", "army",
    "navy", "command", "office", "bureau", "authority", "federation", "foundation", "movement",
    "front", "coalition", "alliance", "group", "network", "company", "corporation", "inc", "times",
    "post", "news", "journal", "service", "board", "cabinet", "government", "administration",
    "revolution", "republic", "state", "states", "nations", "kingdom", "affairs", "relations",
    "academy", "center", "centre", "college", "society", "league", "institution", "caucus", "conference",
    "convention", "club", "weekly", "museum", "school", "hospital", "clinic", "campaign", "project",
    "initiative", "program", "programme", "channel", "magazine", "gazette", "tribune", "watch", "festival",
    "summit", "classic", "cup",
  ]
}
