import Testing

@testable import Sayso

/// What kind of thing each named entity is, and how name variants merge.
struct EntityTypeTests {
  @Test func countriesAndCapitalsArePlaces() throws {
    let doc = analyze("Officials in Nairobi said talks with Ethiopia would resume. Kenya’s envoy flew to Addis Ababa.")
    #expect(doc.entity(named: "Nairobi")?.type == .place)
    #expect(doc.entity(named: "Ethiopia")?.type == .place)
  }

  @Test func americanStatesArePlacesNoPronounMeans() throws {
    let text = """
      In Ellisport, Vermont, on Thursday, Tomas Ruiz counted up the towns he had visited.

      "We are winning here," he said.
      """
    let doc = analyze(text)
    #expect(doc.entity(named: "Vermont")?.type == .place)
    #expect(doc.quote(containing: "winning here")?.speaker == "Tomas Ruiz")
  }

  @Test func particleNamesMergeWithTheBareSurname() throws {
    let text = """
      Former minister Karim al-Haddad opened the port on Monday. \
      Critics of al-Haddad said the project was rushed. \
      “We finished on time,” Haddad said.
      """
    let doc = analyze(text)
    let people = doc.entities.filter { $0.type == .person && $0.name.hasSuffix("Haddad") }
    #expect(people.count == 1)
    #expect(people.first?.name == "Karim al-Haddad")
    #expect(doc.quote(containing: "finished on time")?.speaker == "Karim al-Haddad")
  }

  @Test func capitalisedPluralIsAGroupNotAPerson() throws {
    let text = """
      Membership of the dockers’ guild rose by a third last year, Ruiz said. \
      Environmentalists under 30 make up half of the new members.

      “We expect the traffic to recover by spring,” she said.
      """
    let doc = analyze(text)
    #expect(doc.entity(named: "Environmentalists")?.type != .person)
    #expect(doc.quote(containing: "recover by spring")?.speaker == "Ruiz")
  }

  @Test func possessiveOrganisationIsNotAPerson() throws {
    let doc = analyze("The Coastal Republic’s navy said the patrols would continue through winter.")
    #expect(!doc.entities.contains { $0.type == .person && $0.name.contains("Republic") })
  }

  @Test func institutionInARoleStaysInTheRole() throws {
    let doc = analyze(
      "Chairman of the Harbour Authority Jonas Eriksen said the new cranes would arrive in March.")
    let quote = try #require(doc.quote(containing: "new cranes"))
    #expect(quote.speaker == "Jonas Eriksen")
    let person = try #require(doc.entity(named: "Jonas Eriksen"))
    #expect(person.roles.contains { $0.contains("Harbour Authority") })
  }

  @Test func institutionNamedAfterOfIsAnOrganisation() throws {
    let text = """
      “The clinics are full,” said Lena Marsh, president of the Coastal Academy of Nursing.

      She said of the council: “They need to act now.”
      """
    let doc = analyze(text)
    #expect(doc.entity(named: "Coastal Academy of Nursing")?.type == .organisation)
    #expect(doc.quote(containing: "act now")?.speaker == "Lena Marsh")
  }

  @Test func nameAfterAPrepositionOfPlaceIsAPlace() throws {
    let text = """
      Okafor was in Santa Mira on Tuesday night, making his pitch to dockworkers.

      “If the turnout is high, we will win here,” he said.
      """
    let doc = analyze(text)
    #expect(doc.entity(named: "Santa Mira")?.type == .place)
    #expect(doc.quote(containing: "turnout is high")?.speaker == "Okafor")
  }

  @Test func aPersonOfAStateIsAPersonNotAnOrganisation() throws {
    let doc = analyze("Harbour poll\n\nSenator Tom Ellis of Oregon said the port would close.")
    let quote = try #require(doc.quote(containing: "port would close"))
    #expect(quote.speaker == "Tom Ellis")
    let ellis = try #require(doc.entity(named: "Tom Ellis"))
    #expect(ellis.type == .person)
    #expect(ellis.roles == ["Senator"])
  }

  @Test func aCapitalOfTwoWordsIsAPlace() throws {
    let doc = analyze("Few harbour nations rallied to Buenos Aires’s side, Ruiz said.")
    #expect(try #require(doc.entity(named: "Buenos Aires")).type == .place)
  }
}
