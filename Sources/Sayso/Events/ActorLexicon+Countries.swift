extension ActorLexicon {
  /// Everyday names of countries whose ISO 3166 name reads differently, mapped
  /// to a name the ISO table knows. Codes themselves always come from the table.
  static let countryAliases: [String: String] = [
    "russia": "russian federation", "britain": "united kingdom", "great britain": "united kingdom",
    "uk": "united kingdom", "u.k.": "united kingdom", "england": "united kingdom", "scotland": "united kingdom",
    "wales": "united kingdom", "northern ireland": "united kingdom",
    "us": "united states", "u.s.": "united states", "usa": "united states", "u.s.a.": "united states",
    "america": "united states", "united states of america": "united states", "turkey": "türkiye",
    "czech republic": "czechia", "ivory coast": "côte d'ivoire", "burma": "myanmar", "macedonia": "north macedonia",
    "holland": "netherlands", "the netherlands": "netherlands", "palestine": "palestine, state of",
    "gaza": "palestine, state of", "west bank": "palestine, state of", "vatican": "holy see",
    "dr congo": "congo, the democratic republic of the", "drc": "congo, the democratic republic of the",
    "swaziland": "eswatini", "east timor": "timor-leste", "cape verde": "cabo verde",
    "uae": "united arab emirates", "emirates": "united arab emirates", "korea": "south korea",
    "brunei": "brunei darussalam", "kosovo": "serbia", "bosnia": "bosnia and herzegovina",
    "herzegovina": "bosnia and herzegovina", "south korea": "korea, republic of",
    "north korea": "korea, democratic people's republic of", "congo-brazzaville": "congo", "prc": "china",
    "dprk": "north korea",
  ]

  /// Nationality adjectives and plural nouns, mapped to a country name.
  static let demonyms: [String: String] = {
    let pairs: [(String, String)] = [
      ("afghan", "afghanistan"), ("albanian", "albania"), ("algerian", "algeria"), ("american", "united states"),
      ("angolan", "angola"), ("argentine", "argentina"), ("argentinian", "argentina"), ("armenian", "armenia"),
      ("australian", "australia"), ("austrian", "austria"), ("azerbaijani", "azerbaijan"), ("azeri", "azerbaijan"),
      ("bahraini", "bahrain"), ("bangladeshi", "bangladesh"), ("belarusian", "belarus"), ("belgian", "belgium"),
      ("bolivian", "bolivia"), ("bosnian", "bosnia and herzegovina"), ("brazilian", "brazil"),
      ("british", "united kingdom"),
      ("bulgarian", "bulgaria"), ("burmese", "myanmar"), ("burundian", "burundi"), ("cambodian", "cambodia"),
      ("cameroonian", "cameroon"), ("canadian", "canada"), ("chadian", "chad"), ("chilean", "chile"),
      ("chinese", "china"),
      ("colombian", "colombia"), ("congolese", "congo, the democratic republic of the"), ("croatian", "croatia"),
      ("croat", "croatia"),
      ("cuban", "cuba"), ("cypriot", "cyprus"), ("czech", "czechia"), ("danish", "denmark"), ("dutch", "netherlands"),
      ("ecuadorian", "ecuador"), ("egyptian", "egypt"), ("emirati", "united arab emirates"), ("eritrean", "eritrea"),
      ("estonian", "estonia"), ("ethiopian", "ethiopia"), ("fijian", "fiji"), ("filipino", "philippines"),
      ("finnish", "finland"), ("french", "france"), ("gambian", "gambia"), ("georgian", "georgia"),
      ("german", "germany"),
      ("ghanaian", "ghana"), ("greek", "greece"), ("guatemalan", "guatemala"), ("guinean", "guinea"),
      ("haitian", "haiti"), ("icelandic", "iceland"), ("icelanders", "iceland"), ("maltese", "malta"),
      ("sri lankan", "sri lanka"),
      ("honduran", "honduras"), ("hungarian", "hungary"), ("indian", "india"), ("indonesian", "indonesia"),
      ("iranian", "iran"), ("iraqi", "iraq"), ("irish", "ireland"), ("israeli", "israel"), ("italian", "italy"),
      ("ivorian", "côte d'ivoire"), ("jamaican", "jamaica"), ("japanese", "japan"), ("jordanian", "jordan"),
      ("kazakh", "kazakhstan"), ("kenyan", "kenya"), ("kosovar", "serbia"), ("kuwaiti", "kuwait"),
      ("kyrgyz", "kyrgyzstan"),
      ("laotian", "laos"), ("latvian", "latvia"), ("lebanese", "lebanon"), ("liberian", "liberia"), ("libyan", "libya"),
      ("lithuanian", "lithuania"), ("macedonian", "north macedonia"), ("malaysian", "malaysia"), ("malian", "mali"),
      ("mauritanian", "mauritania"), ("mexican", "mexico"), ("moldovan", "moldova"), ("mongolian", "mongolia"),
      ("montenegrin", "montenegro"), ("moroccan", "morocco"), ("mozambican", "mozambique"), ("namibian", "namibia"),
      ("nepalese", "nepal"), ("nepali", "nepal"), ("nicaraguan", "nicaragua"), ("nigerian", "nigeria"),
      ("nigerien", "niger"), ("norwegian", "norway"), ("omani", "oman"), ("pakistani", "pakistan"),
      ("palestinian", "palestine"), ("panamanian", "panama"), ("paraguayan", "paraguay"), ("peruvian", "peru"),
      ("polish", "poland"), ("portuguese", "portugal"), ("qatari", "qatar"), ("romanian", "romania"),
      ("russian", "russia"), ("rwandan", "rwanda"), ("saudi", "saudi arabia"), ("senegalese", "senegal"),
      ("serbian", "serbia"), ("serb", "serbia"), ("slovak", "slovakia"), ("slovenian", "slovenia"),
      ("somali", "somalia"),
      ("spanish", "spain"), ("sudanese", "sudan"), ("swedish", "sweden"), ("swiss", "switzerland"), ("syrian", "syria"),
      ("taiwanese", "taiwan"), ("tajik", "tajikistan"), ("tanzanian", "tanzania"), ("thai", "thailand"),
      ("tunisian", "tunisia"), ("turkish", "turkey"), ("turkmen", "turkmenistan"), ("ugandan", "uganda"),
      ("ukrainian", "ukraine"), ("uruguayan", "uruguay"), ("uzbek", "uzbekistan"), ("venezuelan", "venezuela"),
      ("vietnamese", "vietnam"), ("yemeni", "yemen"), ("zambian", "zambia"), ("zimbabwean", "zimbabwe"),
      ("sri lankan", "sri lanka"), ("south korean", "south korea"), ("north korean", "north korea"),
      ("south african", "south africa"), ("new zealand", "new zealand"), ("south sudanese", "south sudan"),
    ]
    var map: [String: String] = [:]
    for (adjective, country) in pairs {
      map[adjective] = country
      // The people: "Iranians", "Israelis"; "-ese", "-ish" and "-ch" forms have none.
      if !adjective.hasSuffix("ese") && !adjective.hasSuffix("ish") && !adjective.hasSuffix("ch")
        && !adjective.hasSuffix("swiss") && !adjective.hasSuffix("thai") && !adjective.hasSuffix("zealand")
      {
        map[adjective + "s"] = country
      }
    }
    map["britons"] = "united kingdom"
    map["americans"] = "united states"
    map["filipinos"] = "philippines"
    return map
  }()
}
