/// Country names and their ISO 3166-1 alpha-3 codes, handed to the engine so
/// that the engine itself reads no file. The command line fills it from
/// Debian's `iso-codes` JSON; an empty table codes no country.
///
/// ```swift
/// let table = CountryTable(countries: [
///   .init(alpha3: "IRN", names: ["Iran, Islamic Republic of", "Iran"]),
/// ])
/// table.code(for: "iran")  // "IRN"
/// let engine = Engine(countries: table)
/// ```
public struct CountryTable: Sendable, Hashable {
  /// One country: its code and every name the source gives it.
  ///
  /// ```swift
  /// CountryTable.Country(alpha3: "LBN", names: ["Lebanon", "Lebanese Republic"])
  /// ```
  public struct Country: Sendable, Hashable {
    /// The ISO 3166-1 alpha-3 code, e.g. "IRN".
    public var alpha3: String
    /// Names as the source writes them: short, common and official.
    public var names: [String]

    /// Creates a country record.
    public init(alpha3: String, names: [String]) {
      self.alpha3 = alpha3
      self.names = names
    }
  }

  /// Lower-cased name → alpha-3 code, everyday aliases included.
  let codes: [String: String]
  /// Every name the actor coder looks up, resolved to a code once.
  let actors: [String: ActorName]

  /// An empty table: no country is coded.
  public init() {
    codes = [:]
    actors = ActorName.all(codes: [:])
  }

  /// A table from country records. Names such as "Iran, Islamic Republic of"
  /// are also known by their part before the comma ("Iran"), and everyday
  /// names ("Russia", "Britain") are added when the table knows what they stand for.
  public init(countries: [Country]) {
    var codes: [String: String] = [:]
    for c in countries {
      for name in c.names { codes[name.lowercased()] = c.alpha3 }
    }
    // "Iran, Islamic Republic of" is also "Iran"; a full name ("Congo") keeps its own code.
    for c in countries {
      for name in c.names {
        let lower = name.lowercased()
        if let comma = lower.firstIndex(of: ","), codes[String(lower[..<comma])] == nil {
          codes[String(lower[..<comma])] = c.alpha3
        }
      }
    }
    // "Congo" alone is ambiguous between two states: the short name stays the Republic's.
    for (alias, name) in ActorLexicon.countryAliases where codes[alias] == nil {
      if let code = codes[name] { codes[alias] = code }
    }
    self.codes = codes
    actors = ActorName.all(codes: codes)
  }

  /// Whether the table knows no country.
  public var isEmpty: Bool { codes.isEmpty }

  /// The alpha-3 code of a lower-cased country name, alias, demonym or capital.
  func code(for name: String) -> String? {
    if let code = codes[name] { return code }
    if let country = ActorLexicon.demonyms[name] ?? ActorLexicon.capitals[name] { return codes[country] }
    return nil
  }
}
