import Testing

@testable import Sayso

/// An actor named by title alone takes the one country its clause names, as
/// a reader does; a foreign government on the other side does not count.
struct ContextCountryTests {
  @Test func titledLeaderTakesTheClausesCountry() throws {
    let doc = analyzeEvents("President Omar Halabi has banned Lebanese opposition candidates from the vote.")
    let e = try #require(doc.events.first)
    #expect(e.source.text == "President Omar Halabi")
    #expect(e.source.actorCode == "LBN GOV")
  }

  @Test func foreignGovernmentOnTheOtherSideIsNotTheLeadersCountry() throws {
    let doc = analyzeEvents("President Omar Halabi threatened further action against Russia on Monday.")
    let e = try #require(doc.event(.threaten))
    #expect(e.target?.actorCode == "RUS GOV")
    #expect(e.source.actorCode == "--- GOV")
  }

  @Test func domesticRebelsShareTheirCountry() throws {
    let doc = analyzeEvents("Iraqi rebels said they would release Prime Minister Sami Nouri on the weekend.")
    let e = try #require(doc.events.first { $0.target?.text.contains("Nouri") == true })
    #expect(e.target?.actorCode == "IRQ GOV")
  }

  @Test func twoCountriesLeaveTheActorUnplaced() throws {
    let doc = analyzeEvents("President Omar Halabi met Egyptian officials after visits to Israel and Iraq.")
    let e = try #require(doc.event(.consult))
    #expect(e.source.actorCode == "--- GOV")
  }

  @Test func datelinePlacesAnActorTheSentenceDoesNot() throws {
    let doc = analyzeEvents("BEIRUT (Wire) – President Omar Halabi urged calm on Sunday after the storm.")
    let e = try #require(doc.events.first)
    #expect(e.source.actorCode == "LBN GOV")
  }

  @Test func firstPersonInAQuotationStaysTheSpeakers() throws {
    let doc = analyzeEvents("“We reject the Iranian proposal,” the minister said.")
    let e = try #require(doc.event(.reject))
    #expect(e.source.actorCode?.hasPrefix("IRN") != true)
  }

  @Test func placeAnEventHappensInIsItsPeople() throws {
    let doc = analyzeEvents("President Omar Halabi will extend the curfew in Beirut after the unrest.")
    let e = try #require(doc.events.first)
    #expect(e.target?.actorCode == "LBN CVL")
    #expect(e.source.actorCode == "LBN GOV")
  }

  @Test func appositiveRoleCodesTheName() throws {
    let doc = analyzeEvents("Iraq rejected calls by Omar Halabi, Lebanese foreign minister, to reopen the border.")
    let e = try #require(doc.event(.reject))
    #expect(e.target?.actorCode == "LBN GOV")
  }

  @Test func ethnicPeopleAreNotTheirNamesakeState() {
    let coder = ActorCoder(countries: testCountries)
    #expect(coder.code(words: [("ethnic", false), ("iranians", true)]) == "--- CVL")
  }

  @Test func alliesOfACountryAreNotThatCountry() {
    let coder = ActorCoder(countries: testCountries)
    #expect(coder.code(words: [("israel", true), ("militia", false), ("ally", false)]) == "--- REB")
    #expect(coder.countries(in: [("iran", true), ("proxies", false), ("in", false), ("iraq", true)]) == ["IRQ"])
  }
}
