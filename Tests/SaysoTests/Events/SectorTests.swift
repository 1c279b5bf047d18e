import Testing

@testable import Sayso

/// Sectors from the words of an actor phrase and from what surrounds it.
struct SectorTests {
  func code(_ text: String) -> String? {
    ActorCoder(countries: testCountries).code(
      words: text.split(separator: " ").map { (String($0).lowercased(), $0.first!.isUppercase) })
  }

  @Test func armedBandsAreRebelsButArmedForcesAreTheMilitary() {
    #expect(code("Iraqi armed groups") == "IRQ REB")
    #expect(code("Iraqi armed forces") == "IRQ MIL")
  }

  @Test func theStateOfSomethingIsNoGovernment() {
    #expect(code("the state of her galley") == nil)
    #expect(code("the state of Israel") == "ISR GOV")
  }

  @Test func aGeneralBeforeANounIsNoOfficer() {
    #expect(code("a general strike") == nil)
    #expect(code("Iraqi General Ali Hamid") == "IRQ MIL")
    #expect(code("the Iraqi general") == "IRQ MIL")
  }

  @Test func armedNetworksAreInternational() {
    #expect(code("al-Qaeda fighters") == "IMG REB")
    #expect(code("the Islamic State group") == "IMG REB")
  }

  @Test func aPortfolioDoesNotMakeTheMinister() {
    #expect(code("Iraqi Labour Minister Ali Hamid") == "IRQ GOV")
    #expect(code("the Iraqi Health Ministry") == "IRQ GOV")
    #expect(code("Iraqi labour unions") == "IRQ LAB")
  }

  @Test func aPeopleFromAPlaceAreCivilians() {
    #expect(code("Iraqis of the northern provinces") == "IRQ CVL")
    #expect(code("Iraqi militias of the north") == "IRQ REB")
  }

  @Test func guardsAreSecurityForces() {
    #expect(code("Iraqi prison guards") == "IRQ COP")
  }

  @Test func detaineesAndHostagesAreCivilians() {
    #expect(code("Iraqi detainees") == "IRQ CVL")
    #expect(code("the hostages") == "--- CVL")
  }

  @Test func homesAndTownsAreCivilian() {
    #expect(code("Lebanese homes") == "LBN CVL")
    #expect(code("the besieged Iraqi town") == "IRQ CVL")
  }

  @Test func aNewspaperIsThePressWhateverItsPolitics() {
    #expect(code("the opposition newspaper") == "--- JRN")
  }

  @Test func aBombWithNoOneBehindItIsAnUnidentifiedForce() {
    #expect(code("a roadside bomb") == "--- UAF")
  }

  @Test func coordinatedNationalitiesShareTheirHeadNoun() throws {
    let doc = analyzeEvents("French and Egyptian warships held joint exercises on Monday.")
    let e = try #require(doc.events.first)
    #expect(e.source.text == "French")
    #expect(e.source.actorCode == "FRA MIL")
    #expect(e.target?.actorCode == "EGY MIL")
  }

  @Test func participleAfterANationalityModifiesTheNoun() throws {
    let doc = analyzeEvents("Iraqi police seized weapons from Lebanese armed groups on Friday.")
    let e = try #require(doc.events.first)
    #expect(e.target?.text == "Lebanese armed groups")
    #expect(e.target?.actorCode == "LBN REB")
  }

  @Test func aPlaceNamedAfterACountryIsNotIt() {
    let coder = ActorCoder(countries: testCountries)
    #expect(coder.code(words: [("new", true), ("egypt", true), ("police", false)]) == "--- COP")
    #expect(coder.code(words: [("new", true), ("iraqi", true), ("forces", false)]) == "IRQ MIL")
  }

  @Test func stateBeforeANounIsAModifier() throws {
    let doc = analyzeEvents("Ana Ruiz and Iraqi state assembly leaders have reached a deal on water.")
    let e = try #require(doc.event(.agree))
    #expect(e.source.text == "Ana Ruiz")
    #expect(e.target?.text == "Iraqi state assembly leaders")
  }

  @Test func anEmbassyInACapitalDealsWithItsGovernment() throws {
    let doc = analyzeEvents("France has established ties with and opened an embassy in Tehran.")
    let e = try #require(doc.events.first { $0.target?.text == "Tehran" })
    #expect(e.target?.actorCode == "IRN GOV")
  }
}
