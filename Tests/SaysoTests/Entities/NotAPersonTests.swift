import Testing

@testable import Sayso

/// Capitalised words that look like names but are no one a pronoun can
/// mean: party tags, organisations' initials, plural groups.
struct NotAPersonTests {
  @Test func aPartyTagAfterANameIsNoName() throws {
    let text = """
      Harbour inquiry

      Committee chairman Rep. Tomas Ruiz, R-Utah, said the questioning would start with the harbour \
      master. "There is no reason to wait," he said.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "no reason to wait")).speaker == "Tomas Ruiz")
    #expect(doc.entity(named: "R-Utah") == nil)
  }

  @Test func initialsInCapitalsNameAnOrganisation() throws {
    let text = """
      Donors return

      Ana Okafor, director of the Harbour Majority PAC, said she expected donors to return. \
      "They are excited again," she said.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "excited again")).speaker == "Ana Okafor")
    #expect(doc.entity(named: "PAC")?.type != .person)
  }

  @Test func aPluralOfPeopleIsAGroup() throws {
    let text = """
      Stage notes

      Putting the show together, Tomas Okafor said, allowed him to relax. Audiences can expect \
      him to take more risks.

      "It is straight from the heart," he said.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "straight from the heart")).speaker == "Tomas Okafor")
  }

  @Test func aNameEndingInAnInstitutionWordIsAnOrganisation() throws {
    let text = """
      Golf in decline

      Michelle Tanzer runs a consultancy for golf courses.

      Members at the Cedarbrook Country Club have seen their dues rise.

      "They are spending a fortune on pools," she said.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "spending a fortune")).speaker == "Michelle Tanzer")
    #expect(doc.entity(named: "Cedarbrook Country Club")?.type == .organisation)
  }
}
