import Testing

@testable import Sayso

/// Capitalised words that look like names but are no one a pronoun can
/// mean: party tags, organisations' initials, plural groups.
struct NotAPersonTests {
  @Test func aPartyTagAfterANameIsNoName() throws {
    let text = """
      Harbour inquiry

      Rep. Tomas Ruiz, D-Veloria, who chairs the inquiry, said the hearings would open with the \
      harbour master. "There is no reason to wait," he said.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "no reason to wait")).speaker == "Tomas Ruiz")
    #expect(doc.entity(named: "D-Veloria") == nil)
  }

  @Test func initialsInCapitalsNameAnOrganisation() throws {
    let text = """
      Donors return

      Ana Okafor, who runs the Dockers United PAC, said she expected donors to return. \
      "They are excited again," she said.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "excited again")).speaker == "Ana Okafor")
    #expect(doc.entity(named: "PAC")?.type != .person)
  }

  @Test func aPluralOfPeopleIsAGroup() throws {
    let text = """
      Stage notes

      Rehearsing the new play, Tomas Okafor said, has taught him patience. Audiences can look \
      forward to a longer second act.

      "It is straight from the heart," he said.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "straight from the heart")).speaker == "Tomas Okafor")
  }

  @Test func aNameEndingInAnInstitutionWordIsAnOrganisation() throws {
    let text = """
      Golf in decline

      Irene Vasquez runs a consultancy for golf courses.

      Members at the Cedarbrook Country Club have seen their dues rise.

      "They are pouring money into pools," she said.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "pouring money")).speaker == "Irene Vasquez")
    #expect(doc.entity(named: "Cedarbrook Country Club")?.type == .organisation)
  }
}
