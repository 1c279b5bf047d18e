extension Lexicon {
  /// Country and region names, lowercased, as single tokens or the first word
  /// of a multi-word name; used to type entities as places and to end roles.
  static let places: WordSet = [
    "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria",
    "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil",
    "britain", "bulgaria", "burma", "cambodia", "cameroon", "canada", "chad", "chile", "china",
    "colombia", "congo", "croatia", "cuba", "cyprus", "czechia", "denmark", "djibouti", "ecuador",
    "egypt", "england", "eritrea", "estonia", "ethiopia", "europe", "finland", "france", "gaza",
    "georgia", "germany", "ghana", "greece", "guatemala", "haiti", "honduras", "hungary", "iceland",
    "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "japan", "jordan",
    "kazakhstan", "kenya", "korea", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon",
    "libya", "lithuania", "malaysia", "mali", "mexico", "moldova", "mongolia", "morocco",
    "mozambique", "myanmar", "nepal", "netherlands", "nicaragua", "niger", "nigeria", "norway",
    "oman", "pakistan", "palestine", "panama", "paraguay", "peru", "philippines", "poland",
    "portugal", "qatar", "romania", "russia", "rwanda", "scotland", "senegal", "serbia", "singapore",
    "slovakia", "slovenia", "somalia", "spain", "sudan", "sweden", "switzerland", "syria", "taiwan",
    "tajikistan", "tanzania", "thailand", "tunisia", "turkey", "turkmenistan", "uganda", "ukraine",
    "uruguay", "uzbekistan", "venezuela", "vietnam", "wales", "yemen", "zambia", "zimbabwe",
    "america", "u.s.", "u.k.", "us", "uk", "usa", "africa", "asia", "washington", "moscow",
    "beijing", "london", "paris", "berlin", "tehran", "baghdad", "damascus", "beirut", "cairo",
    "riyadh", "ankara", "kabul", "islamabad", "delhi", "tokyo", "seoul", "kyiv", "kiev", "brussels",
    "jerusalem", "doha", "amman", "rome", "madrid", "ottawa", "canberra", "nairobi", "lagos",
    "texas", "california", "florida", "ohio", "iowa", "michigan", "pennsylvania", "virginia",
    "carolina", "wisconsin", "arizona", "nevada", "colorado", "york", "hampshire", "illinois",
    "arabia", "emirates", "states", "united", "south", "north", "west", "east", "new", "saudi",
    "burundi", "benin", "burkina", "botswana", "ivory", "costa", "dominican", "fiji", "gabon", "guinea", "gambia",
    "guyana", "jamaica", "liberia", "sri", "lesotho", "luxembourg", "madagascar", "malta", "montenegro",
    "mauritania", "mauritius", "malawi", "namibia", "papua", "puerto", "sierra", "suriname", "togo", "samoa",
    "tonga", "bahamas", "barbados", "belize", "bhutan", "brunei", "andorra", "monaco", "liechtenstein",
    "greenland", "gibraltar", "eswatini", "swaziland", "seychelles", "maldives", "comoros", "yugoslavia", "timor",
    "kampuchea", "zaire", "czechoslovakia", "rhodesia", "macedonia", "kurdistan", "tibet", "chechnya", "crimea",
    "donbas", "abkhazia", "ossetia", "darfur", "kashmir",
    // The other American states, by their distinctive word.
    "alabama", "alaska", "arkansas", "connecticut", "delaware", "hawaii", "idaho", "indiana", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "minnesota", "mississippi", "missouri",
    "montana", "nebraska", "oklahoma", "oregon", "tennessee", "utah", "vermont", "wyoming", "jersey", "dakota",
    "rhode",
  ]

  /// Nationality and regional adjectives ("Lebanese", "Iranian") that may open
  /// a role before a name.
  static let demonyms: WordSet = [
    "afghan", "albanian", "algerian", "american", "arab", "argentine", "armenian", "australian",
    "austrian", "azerbaijani", "bahraini", "belgian", "brazilian", "british", "bulgarian",
    "canadian", "chilean", "chinese", "colombian", "croatian", "cuban", "czech", "danish", "dutch",
    "egyptian", "emirati", "english", "estonian", "ethiopian", "european", "finnish", "french",
    "georgian", "german", "greek", "hungarian", "indian", "indonesian", "iranian", "iraqi", "irish",
    "israeli", "italian", "japanese", "jordanian", "kenyan", "korean", "kurdish", "kuwaiti",
    "lebanese", "libyan", "lithuanian", "malaysian", "mexican", "moroccan", "nigerian", "norwegian",
    "omani", "pakistani", "palestinian", "persian", "peruvian", "polish", "portuguese", "qatari",
    "romanian", "russian", "saudi", "scottish", "serbian", "somali", "spanish", "sudanese",
    "swedish", "swiss", "syrian", "taiwanese", "thai", "tunisian", "turkish", "ukrainian",
    "venezuelan", "vietnamese", "welsh", "yemeni", "western", "eastern", "northern", "southern",
    "federal", "regional", "provincial", "municipal", "local", "republican", "democratic",
  ]
}
