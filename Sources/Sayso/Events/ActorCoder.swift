/// Codes an actor as country plus sector from the words that name it and
/// the roles the article gives it: "Lebanese President Joseph Aoun" is
/// "LBN GOV", "Iran’s armed forces" "IRN MIL", "Tehran" "IRN GOV".
///
/// ```swift
/// let coder = ActorCoder(countries: table)
/// coder.code(words: [("iranian", true), ("army", false)])  // "IRN MIL"
/// ```
struct ActorCoder: Sendable {
  let countries: CountryTable

  /// Sectors from the most to the least telling: "rebel leaders" are rebels,
  /// "military officials" military, whatever the head noun says.
  static let priority = [
    "REB", "UAF", "CRM", "ELI", "JRN", "OPP", "COP", "SPY", "MIL", "JUD", "LEG", "PTY", "REF", "EDU", "LAB", "MED",
    "BUS", "NGO", "GOV", "CVL",
  ]

  static let rank: [String: Int] = Dictionary(uniqueKeysWithValues: priority.enumerated().map { ($1, $0) })

  /// The code for a phrase given as lower-cased words with their capitalisation
  /// (possessive endings already removed); `nil` when nothing is known.
  func code(words: [(word: String, capitalized: Bool)]) -> String? {
    var country: String?
    var sector: String?
    var sectorRank = Int.max
    var countryKind: ActorName.Kind?
    var contentWords = 0
    // Content words before a place phrase ("Palestinians of the West Bank").
    var headWords: Int?
    var i = 0
    while i < words.count {
      if headWords == nil, i > 0, ActorCoder.placePrepositions.contains(words[i].word) { headWords = contentWords }
      if let (found, length, kind, implied) = lookUp(words, at: i) {
        if i > 0, words[i - 1].word == "ethnic" {
          // "ethnic Albanians" names a people wherever they live, not a state.
          note("CVL", &sector, &sectorRank)
        } else if country == nil, !isAllyOf(words, after: i + length) {
          country = found
          countryKind = kind
        }
        if let implied { note(implied, &sector, &sectorRank) }
        i += length
        continue
      }
      let w = words[i].word
      if !ActorCoder.fillers.contains(w), w.first?.isNumber != true { contentWords += 1 }
      // "Secretary General" is a civil title, not an officer's rank.
      // "a general strike", "the general public": lower-case "general" before a noun is an adjective.
      let civilGeneral =
        w == "general"
        && ((i > 0 && ActorCoder.civilTitles.contains(words[i - 1].word))
          || (!words[i].capitalized && i + 1 < words.count && !words[i + 1].capitalized))
      // "the state of her galley" is a condition; "the state of Israel" a government.
      let stateOfThing =
        w == "state" && !words[i].capitalized && i + 2 < words.count && words[i + 1].word == "of"
        && lookUp(words, at: i + 2) == nil
      if let s = ActorLexicon.sectors[w], !civilGeneral, !stateOfThing { note(s, &sector, &sectorRank) }
      // "armed groups", "armed men": fighters outside the state's forces.
      if w == "armed", i + 1 < words.count, ActorCoder.armedBands.contains(words[i + 1].word) {
        note("REB", &sector, &sectorRank)
      }
      i += 1
    }
    if sector == nil, country != nil {
      // A country or capital standing alone acts as its government; a people
      // named by the plural demonym ("Palestinians") are civilians.
      switch countryKind {
      case .name, .capital: sector = contentWords == 0 ? "GOV" : nil
      case .people: sector = (headWords ?? contentWords) == 0 ? "CVL" : nil
      default: break
      }
    }
    // "Labour Minister", "the Health Ministry": a portfolio names what the
    // minister governs, not the sector the minister belongs to.
    if let s = sector, ActorCoder.portfolioSectors.contains(s),
      words.contains(where: { ActorCoder.ministerWords.contains($0.word) })
    {
      sector = "GOV"
    }
    guard country != nil || sector != nil else { return nil }
    return [country ?? "---", sector].compactMap { $0 }.joined(separator: " ")
  }

  private func note(_ s: String, _ sector: inout String?, _ rank: inout Int) {
    let r = ActorCoder.rank[s] ?? ActorCoder.priority.count
    if r < rank {
      rank = r
      sector = s
    }
  }

  /// The longest country, capital, demonym or organisation name at `i`.
  private func lookUp(_ words: [(word: String, capitalized: Bool)], at i: Int)
    -> (String, Int, ActorName.Kind, String?)?
  {
    // "al-Qaeda": a name may open with a lower-case particle.
    guard words[i].capitalized || words[i].word.hasPrefix("al-") else { return nil }
    // "New Jersey", "New Mexico": a place named after another is not it
    // ("New Iraqi forces" still are Iraqi).
    let afterNew = i > 0 && words[i - 1].word == "new" && words[i - 1].capitalized
    // Names run over capitalised words and "of", "and", "the": "Bosnia and Herzegovina".
    var longest = 1
    while longest < 4, i + longest < words.count,
      words[i + longest].capitalized || ["of", "and", "the"].contains(words[i + longest].word)
    {
      longest += 1
    }
    for n in stride(from: longest, through: 1, by: -1) {
      let name = n == 1 ? words[i].word : words[i..<(i + n)].map(\.word).joined(separator: " ")
      if let a = countries.actors[name], !(afterNew && (a.kind == .name || a.kind == .capital)) {
        return (a.code, n, a.kind, a.sector)
      }
    }
    return nil
  }

  /// The countries a run of words names, in order, each once: country names,
  /// capitals, demonyms and national agencies; international bodies and
  /// armed networks are no country.
  func countries(in words: [(word: String, capitalized: Bool)]) -> [String] {
    var found: [String] = []
    var i = 0
    while i < words.count {
      guard let (code, length, _, _) = lookUp(words, at: i) else {
        i += 1
        continue
      }
      let ethnic = i > 0 && words[i - 1].word == "ethnic"
      if code != "IGO", code != "IMG", !ethnic, !isAllyOf(words, after: i + length), !found.contains(code) {
        found.append(code)
      }
      i += length
    }
    return found
  }

  /// "Israel's militia ally", "U.S. allies": a country's allies and proxies
  /// are other countries' people.
  private func isAllyOf(_ words: [(word: String, capitalized: Bool)], after end: Int) -> Bool {
    words[end..<min(words.count, end + 3)].contains { ActorCoder.allyWords.contains($0.word) }
  }

  static let armedBands: WordSet = ["group", "groups", "men", "man", "gang", "gangs", "faction", "factions"]

  static let allyWords: WordSet = ["ally", "allies", "proxy", "proxies"]

  static let placePrepositions: WordSet = ["of", "in", "from"]

  static let ministerWords: WordSet = ["minister", "ministers", "ministry", "ministries"]

  /// Sectors a minister's portfolio may name.
  static let portfolioSectors: WordSet = ["LAB", "EDU", "MED", "BUS", "JUD", "LEG", "REF", "CVL", "JRN", "SPY"]

  /// Titles that "general" follows without making a soldier.
  static let civilTitles: WordSet = [
    "secretary", "attorney", "director", "inspector", "consul", "solicitor", "auditor", "postmaster", "surgeon",
  ]

  /// Words that add nothing to an actor's description.
  static let fillers: WordSet = [
    "the", "a", "an", "of", "and", "its", "their", "his", "her", "'s", "’s", "more", "than", "some", "several",
    "hundreds", "thousands", "dozens", "at", "least", "about", "around", "nearly", "over", "senior", "top", "new",
    "many", "few", "two", "three", "four", "five",
  ]
}
