/// Words that tell an actor's country and sector: countries' everyday names,
/// demonyms, capitals, and the nouns of government, armed forces, parties,
/// rebels, police and so on. General knowledge of news writing; no person
/// is named.
///
/// ```swift
/// ActorLexicon.sectors["ministry"]  // "GOV"
/// ActorLexicon.capitals["tehran"]   // "iran"
/// ```
enum ActorLexicon {
  /// Head nouns and titles by PLOVER/CAMEO sector code.
  static let sectors: WordTable<String> = {
    let lists: [(String, String)] = [
      (
        "GOV",
        "government governments ministry ministries minister ministers president presidents premier"
          + " chancellor cabinet administration regime authorities authority official officials"
          + " spokesman spokeswoman spokesperson secretary diplomat diplomats ambassador ambassadors envoy envoys"
          + " embassy king queen emir sultan monarch governor governors mayor presidency state"
          + " delegation leader leaders prince kremlin foreign negotiators negotiator mediators"
      ),
      (
        "MIL",
        "army armies military troops troop soldiers soldier forces force navy naval airforce marines officers"
          + " warplanes jets warships warship commander commanders general generals militaries"
          + " pentagon battalion brigade peacekeepers peacekeeping servicemen tanks helicopters warplane gunships"
          + " aircraft drones drone artillery helicopter gunship jet"
      ),
      ("COP", "police policemen policeman gendarmes gendarmerie guards guard wardens"),
      (
        "REB",
        "rebels rebel militants militant insurgents insurgent guerrillas guerrilla militia militias separatists"
          + " extremist extremists terrorist terrorists jihadist jihadists jihad islamist islamists fighters"
      ),
      ("OPP", "opposition dissidents dissident"),
      ("UAF", "attackers attacker assailants assailant bomber bombers bomb bombs device devices"),
      ("ELI", "former ousted ex-president ex-prime deposed exiled"),
      ("PTY", "party parties"),
      (
        "LEG",
        "parliament parliamentary lawmakers lawmaker legislators legislature congress senate senator senators mps assembly"
      ),
      ("JUD", "court courts judge judges judiciary prosecutor prosecutors tribunal"),
      ("SPY", "intelligence spies spy"),
      (
        "JRN",
        "media journalists journalist newspaper newspapers broadcaster reporters reporter television radio magazine"
      ),
      ("MED", "doctors doctor nurses medics hospital hospitals"),
      ("EDU", "students student university universities teachers"),
      ("BUS", "company companies businessman businessmen firm firms corporation"),
      ("CRM", "gunmen gunman kidnappers hijackers smugglers gangs gang criminals"),
      ("LAB", "workers unions union labour labor employees strikers miners unionists"),
      ("REF", "refugees refugee displaced"),
      (
        "CVL",
        "civilians civilian protesters protestors demonstrators residents villagers people citizens crowd ethnic"
          + " tribe tribes tribesmen clan clans families relatives"
          + " landowners farmers settlers worshippers pilgrims passengers tourists inhabitants population populations"
          + " town towns city cities village villages homes houses neighbourhood neighbourhoods neighborhood"
          + " neighborhoods camp camps detainees detainee prisoners prisoner inmates inmate hostages captives"
      ),
    ]
    var pairs: [(String, String)] = []
    for (code, words) in lists {
      for w in words.split(separator: " ") { pairs.append((String(w), code)) }
    }
    return WordTable(pairs)
  }()

  /// Nouns for people that name no sector but still name actors: "arrested a
  /// youth", "freed the hostages".
  static let peopleNouns: WordSet = [
    "man", "woman", "men", "women", "youth", "youths", "boy", "boys", "girl", "girls", "person", "persons",
    "individuals", "activists", "activist", "members", "member", "suspects", "suspect", "prisoners", "prisoner",
    "detainees", "detainee", "hostages", "hostage", "migrants", "nationals", "children", "child", "opponents",
    "critics", "supporters", "foreigners", "staff", "personnel", "crew", "crews", "sailors", "pilots", "victims",
    "countries",
    "nations",
    "sides", "allies", "neighbours", "neighbors", "partners", "groups", "group", "organisation", "organization",
    "states", "bloc", "coalition", "council", "committee", "commission", "agency", "body", "movement", "side",
    "organisations", "organizations", "agencies", "bodies", "movements",
    "board", "court", "panel", "regime", "team", "mission", "force", "faction", "factions", "forum", "alliance",
  ]

  /// International organisations, by name or acronym: coded `IGO` with a sector.
  static let internationalBodies: [String: String] = [
    "un": "GOV", "u.n.": "GOV", "united nations": "GOV", "security council": "GOV", "nato": "MIL",
    "european union": "GOV", "eu": "GOV", "african union": "GOV", "arab league": "GOV", "opec": "BUS",
    "world bank": "BUS", "imf": "BUS", "red cross": "NGO", "red crescent": "NGO", "iaea": "GOV",
    "interpol": "COP", "asean": "GOV", "european community": "GOV", "european commission": "GOV",
    "osce": "GOV", "organization for security and cooperation in europe": "GOV", "amnesty international": "NGO",
    "human rights watch": "NGO", "doctors without borders": "NGO",
  ]

  /// Armed networks that act across borders, coded `IMG` (international
  /// militarised group) rather than by one country.
  static let armedNetworks: [String: String] = [
    "al-qaeda": "REB", "al-qaida": "REB", "al qaeda": "REB", "islamic state": "REB", "isis": "REB", "isil": "REB",
    "daesh": "REB",
  ]

  /// National intelligence and security agencies commonly named in news,
  /// with the country name they belong to.
  static let agencies: [String: (country: String, sector: String)] = [
    "cia": ("united states", "SPY"), "fbi": ("united states", "COP"), "mossad": ("israel", "SPY"),
    "shin bet": ("israel", "SPY"), "mi6": ("united kingdom", "SPY"), "mi5": ("united kingdom", "SPY"),
    "fsb": ("russia", "SPY"), "kgb": ("russia", "SPY"), "gru": ("russia", "SPY"), "isi": ("pakistan", "SPY"),
    "idf": ("israel", "MIL"), "irgc": ("iran", "MIL"), "revolutionary guards": ("iran", "MIL"),
    "revolutionary guard": ("iran", "MIL"), "white house": ("united states", "GOV"),
    "state department": ("united states", "GOV"), "kremlin": ("russia", "GOV"),
    // Long-standing armed movements, named by themselves rather than by a person.
    "hezbollah": ("lebanon", "REB"), "hamas": ("palestine", "REB"), "taliban": ("afghanistan", "REB"),
    "houthis": ("yemen", "REB"), "houthi": ("yemen", "REB"), "boko haram": ("nigeria", "REB"),
    "al-shabaab": ("somalia", "REB"),
  ]
}
