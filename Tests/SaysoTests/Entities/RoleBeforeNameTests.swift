import Testing

@testable import Sayso

/// Roles written in lower case before a name, and descriptions that do or
/// do not point back to someone named earlier.
struct RoleBeforeNameTests {
  @Test func aLowerCaseRoleBeforeAName() throws {
    let doc = analyze("The minister met union leader Ana Ruiz and shipping executive Paul Grant on Monday.")
    #expect(try #require(doc.entity(named: "Ana Ruiz")).roles == ["union leader"])
    #expect(try #require(doc.entity(named: "Paul Grant")).roles == ["executive"])
  }

  @Test func aRoleWithOf() throws {
    let doc = analyze("The minister met chief of staff Lena Obi on Monday.")
    #expect(try #require(doc.entity(named: "Lena Obi")).roles == ["chief of staff"])
  }

  @Test func aDescriptionSetOffBeforeAName() throws {
    let doc = analyze("In 1995 the mayor, Lena Obi, showed him the old quay.")
    #expect(try #require(doc.entity(named: "Lena Obi")).roles == ["mayor"])
  }

  @Test func aDocumentBeforeANameIsNoRole() throws {
    let doc = analyze("According to the summary, Lena Obi, the mayor, did not reply.")
    #expect(try #require(doc.entity(named: "Lena Obi")).roles.contains("summary") == false)
  }

  @Test func theRoleLaterNamesThePerson() throws {
    let doc = analyze(
      "The minister met union leader Ana Ruiz on Monday. The union leader said she would wait and see.")
    #expect(try #require(doc.quote(containing: "wait and see")).speaker == "Ana Ruiz")
  }

  @Test func anIndefiniteDescriptionIsSomeoneNew() throws {
    let doc = analyze(
      "The minister praised his friend Tom Reyes. A close friend of the minister said he was tired of the job.")
    #expect(try #require(doc.quote(containing: "tired of the job")).speaker != "Tom Reyes")
  }

  @Test func aRelativeClauseAfterADescribedName() throws {
    let doc = analyze(
      "“Nobody reads the notices,” said Tom Reyes, a harbour delegate who has accused the board of lying.")
    #expect(try #require(doc.quote(containing: "the board of lying")).speaker == "Tom Reyes")
  }

  @Test func aShortRoleAndItsLongerFormAreOne() throws {
    let doc = analyze("Union leader Ana Ruiz spoke first. Ruiz, the leader, said the strike would go on.")
    #expect(try #require(doc.entity(named: "Ana Ruiz")).roles == ["Union leader"])
  }

  @Test func aCourtesyTitleIsNoRole() throws {
    let doc = analyze("Harbour Minister Tomas Okafor spoke first. Mr. Okafor said the port would reopen.")
    #expect(try #require(doc.entity(named: "Tomas Okafor")).roles == ["Harbour Minister"])
  }

  @Test func aParticipleAsideIsNoRole() throws {
    let doc = analyze("Tomas Okafor, speaking in the capital, said the strike had cost millions.")
    #expect(try #require(doc.entity(named: "Tomas Okafor")).roles.isEmpty)
  }

  @Test func aPossessiveBeforeTheRoleIsDropped() throws {
    let doc = analyze("Ruiz stayed home. Her deputy, Lena Obi, said the union would wait.")
    #expect(try #require(doc.entity(named: "Lena Obi")).roles == ["deputy"])
  }
}
