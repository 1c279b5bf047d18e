import Foundation
import Testing

@testable import Sayso

/// A small country table, so that event tests need no system file.
let testCountries = CountryTable(countries: [
  .init(alpha3: "IRN", names: ["Iran, Islamic Republic of", "Iran"]),
  .init(alpha3: "IRQ", names: ["Iraq"]),
  .init(alpha3: "ISR", names: ["Israel"]),
  .init(alpha3: "LBN", names: ["Lebanon"]),
  .init(alpha3: "RUS", names: ["Russian Federation"]),
  .init(alpha3: "UKR", names: ["Ukraine"]),
  .init(alpha3: "USA", names: ["United States"]),
  .init(alpha3: "FRA", names: ["France"]),
  .init(alpha3: "EGY", names: ["Egypt"]),
  .init(alpha3: "TUR", names: ["Türkiye"]),
])

/// Runs the engine with the test countries.
func analyzeEvents(_ text: String, published: String? = nil) -> Document {
  Engine(countries: testCountries).analyze(text, id: "events", published: published)
}

extension Document {
  /// The first event of the given type.
  func event(_ type: EventType) -> Event? {
    events.first { $0.type == type }
  }
}
