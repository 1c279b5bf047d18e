import Testing

@testable import Sayso

/// Actor codes from what the article says: demonyms, titles, capitals,
/// organisations, and country names from the table the engine is given.
struct EventsActorCodeTests {
  func code(_ text: String) -> String? {
    ActorCoder(countries: testCountries).code(
      words: text.split(separator: " ").map { (String($0).lowercased(), $0.first!.isUppercase) })
  }

  @Test func demonymAndTitle() {
    #expect(code("Lebanese President Karim Daou") == "LBN GOV")
  }

  @Test func countryAndArmedForces() {
    #expect(code("Iran armed forces") == "IRN MIL")
    #expect(code("Israeli police") == "ISR COP")
  }

  @Test func capitalStandsForGovernment() {
    #expect(code("Tehran") == "IRN GOV")
    #expect(code("Washington") == "USA GOV")
  }

  @Test func everydayNamesResolveThroughTheTable() {
    #expect(code("Russia") == "RUS GOV")
    #expect(code("Turkey") == "TUR GOV")
    #expect(code("U.S. troops") == "USA MIL")
  }

  @Test func organisationPatterns() {
    #expect(code("the ruling party") == "--- PTY")
    #expect(code("Iraqi rebels") == "IRQ REB")
    #expect(code("the foreign ministry") == "--- GOV")
    #expect(code("rebel leaders") == "--- REB")
  }

  @Test func peopleByDemonymAreCivilians() {
    #expect(code("Iraqis") == "IRQ CVL")
  }

  @Test func emptyTableCodesNoCountry() {
    let coder = ActorCoder(countries: CountryTable())
    #expect(coder.code(words: [("iranian", true), ("army", false)]) == "--- MIL")
  }

  @Test func roleFromEntityCodesALaterMention() throws {
    let doc = analyzeEvents(
      "Iranian Foreign Minister Dara Karimi arrived on Monday. Karimi later met the Iraqi prime minister.")
    let e = try #require(doc.event(.consult))
    #expect(e.source.text == "Karimi")
    #expect(e.source.actorCode == "IRN GOV")
    #expect(e.target?.actorCode == "IRQ GOV")
  }

  @Test func bareTitleTakesTheCountryOfTheSentencesPlace() throws {
    let doc = analyzeEvents("In Lebanon, the Iraqi envoy met the president and the prime minister.")
    let codes = doc.events.filter { $0.type == .consult }.compactMap { $0.target?.actorCode }
    #expect(codes == ["LBN GOV", "LBN GOV"])
    #expect(doc.events.first?.source.actorCode == "IRQ GOV")
    #expect(doc.events.first?.location == "Lebanon")
  }
}
