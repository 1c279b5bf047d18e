import Foundation
import Sayso

/// Reads the ISO 3166-1 country list from Debian's `iso-codes` package into
/// the ``CountryTable`` the engine codes event actors with. A missing or
/// unreadable file gives a warning once and an empty table, so quotes still work.
///
/// ```swift
/// let engine = Engine(countries: CountryTableLoader.shared)
/// ```
enum CountryTableLoader {
  /// Where Debian installs the list; `SAYSO_ISO_3166` overrides it.
  static let defaultPath = "/usr/share/iso-codes/json/iso_3166-1.json"

  /// The table, loaded once per process.
  static let shared: CountryTable = {
    let path = ProcessInfo.processInfo.environment["SAYSO_ISO_3166"] ?? defaultPath
    do {
      return try load(path)
    } catch {
      FileHandle.standardError.write(
        Data(
          ("warning: no country list at \(path) (\(error)); event actors get sectors only."
            + " Install Debian's iso-codes package.\n").utf8))
      return CountryTable()
    }
  }()

  private struct File: Decodable {
    struct Entry: Decodable {
      var alpha3: String
      var name: String
      var commonName: String?
      var officialName: String?

      enum CodingKeys: String, CodingKey {
        case alpha3 = "alpha_3"
        case name
        case commonName = "common_name"
        case officialName = "official_name"
      }
    }
    var entries: [Entry]
    enum CodingKeys: String, CodingKey { case entries = "3166-1" }
  }

  /// Reads the JSON file at `path`.
  static func load(_ path: String) throws -> CountryTable {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let file = try JSONDecoder().decode(File.self, from: data)
    return CountryTable(
      countries: file.entries.map {
        CountryTable.Country(alpha3: $0.alpha3, names: [$0.name, $0.commonName, $0.officialName].compactMap { $0 })
      })
  }
}
