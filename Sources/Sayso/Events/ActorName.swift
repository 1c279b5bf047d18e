/// What one lower-cased name says about an actor, resolved once when the
/// ``CountryTable`` is made: "tehran" is IRN as a capital, "iranians" IRN as
/// a people, "nato" an international body with sector MIL.
///
/// ```swift
/// table.actors["tehran"]  // ActorName(code: "IRN", kind: .capital, sector: nil)
/// ```
struct ActorName: Sendable, Hashable {
  enum Kind: Sendable, Hashable { case name, capital, adjective, people, body }

  var code: String
  var kind: Kind
  var sector: String?

  /// Every name the actor coder knows, from the table's country codes and
  /// the lexicon's aliases, demonyms, capitals, agencies and bodies.
  static func all(codes: [String: String]) -> [String: ActorName] {
    var names: [String: ActorName] = [:]
    for (name, code) in codes { names[name] = ActorName(code: code, kind: .name) }
    for (name, country) in ActorLexicon.demonyms {
      guard let code = codes[country] else { continue }
      // "Iranians" names a people; "Iranian" only qualifies a noun.
      let people = name.hasSuffix("s") && !name.contains(" ")
      if names[name] == nil { names[name] = ActorName(code: code, kind: people ? .people : .adjective) }
    }
    for (name, country) in ActorLexicon.capitals where names[name] == nil {
      if let code = codes[country] { names[name] = ActorName(code: code, kind: .capital) }
    }
    for (name, agency) in ActorLexicon.agencies {
      if let code = codes[agency.country] { names[name] = ActorName(code: code, kind: .body, sector: agency.sector) }
    }
    for (name, sector) in ActorLexicon.internationalBodies {
      names[name] = ActorName(code: "IGO", kind: .body, sector: sector)
    }
    for (name, sector) in ActorLexicon.armedNetworks {
      names[name] = ActorName(code: "IMG", kind: .body, sector: sector)
    }
    return names
  }
}
