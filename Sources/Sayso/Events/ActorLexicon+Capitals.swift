extension ActorLexicon {
  /// Capitals, and seats of government used for governments in news writing
  /// ("Tehran said", "Washington imposed"), mapped to a country name.
  static let capitals: [String: String] = [
    "kabul": "afghanistan", "tirana": "albania", "algiers": "algeria", "luanda": "angola", "buenos aires": "argentina",
    "yerevan": "armenia", "canberra": "australia", "vienna": "austria", "baku": "azerbaijan", "manama": "bahrain",
    "dhaka": "bangladesh", "minsk": "belarus", "brussels": "belgium", "la paz": "bolivia", "sarajevo": "bosnia and herzegovina",
    "brasilia": "brazil", "sofia": "bulgaria", "phnom penh": "cambodia", "yaounde": "cameroon", "ottawa": "canada",
    "santiago": "chile", "beijing": "china", "bogota": "colombia", "kinshasa": "congo, the democratic republic of the",
    "zagreb": "croatia", "havana": "cuba", "nicosia": "cyprus", "prague": "czechia", "copenhagen": "denmark",
    "quito": "ecuador", "cairo": "egypt", "asmara": "eritrea", "addis ababa": "ethiopia", "helsinki": "finland",
    "paris": "france", "tbilisi": "georgia", "berlin": "germany", "accra": "ghana", "athens": "greece",
    "port-au-prince": "haiti", "budapest": "hungary", "new delhi": "india", "delhi": "india", "jakarta": "indonesia",
    "tehran": "iran", "baghdad": "iraq", "dublin": "ireland", "rome": "italy", "tokyo": "japan", "amman": "jordan",
    "astana": "kazakhstan", "nairobi": "kenya", "pristina": "serbia", "bishkek": "kyrgyzstan", "vientiane": "laos",
    "riga": "latvia", "beirut": "lebanon", "monrovia": "liberia", "tripoli": "libya", "vilnius": "lithuania",
    "kuala lumpur": "malaysia", "bamako": "mali", "mexico city": "mexico", "chisinau": "moldova", "ulaanbaatar": "mongolia",
    "podgorica": "montenegro", "rabat": "morocco", "maputo": "mozambique", "kathmandu": "nepal", "the hague": "netherlands",
    "wellington": "new zealand", "managua": "nicaragua", "abuja": "nigeria", "niamey": "niger", "pyongyang": "north korea",
    "oslo": "norway", "muscat": "oman", "islamabad": "pakistan", "ramallah": "palestine", "lima": "peru",
    "manila": "philippines", "warsaw": "poland", "lisbon": "portugal", "doha": "qatar", "bucharest": "romania",
    "moscow": "russia", "the kremlin": "russia", "kremlin": "russia", "kigali": "rwanda", "riyadh": "saudi arabia",
    "dakar": "senegal", "belgrade": "serbia", "bratislava": "slovakia", "ljubljana": "slovenia", "mogadishu": "somalia",
    "pretoria": "south africa", "seoul": "south korea", "juba": "south sudan", "madrid": "spain", "colombo": "sri lanka",
    "khartoum": "sudan", "stockholm": "sweden", "bern": "switzerland", "damascus": "syria", "taipei": "taiwan",
    "dushanbe": "tajikistan", "dodoma": "tanzania", "bangkok": "thailand", "tunis": "tunisia", "ankara": "turkey",
    "ashgabat": "turkmenistan", "kampala": "uganda", "kyiv": "ukraine", "kiev": "ukraine", "abu dhabi": "united arab emirates",
    "london": "united kingdom", "downing street": "united kingdom", "washington": "united states",
    "white house": "united states", "pentagon": "united states", "montevideo": "uruguay", "tashkent": "uzbekistan",
    "caracas": "venezuela", "hanoi": "vietnam", "sanaa": "yemen", "lusaka": "zambia", "harare": "zimbabwe",
    "jerusalem": "israel", "tel aviv": "israel", "naypyidaw": "myanmar",
  ]
}
