import Testing

@testable import Sayso

/// A count of anonymous people names no actor; the place they were in does.
struct CasualtyPlaceTests {
  @Test func peopleKilledInACityMakeTheCityTheTarget() throws {
    let doc = analyzeEvents("Two gunmen killed 14 people in a market in Mosul on Friday.")
    let e = try #require(doc.event(.assault))
    #expect(e.target?.text == "Mosul")
  }

  @Test func namedPeopleStayTheTarget() throws {
    let doc = analyzeEvents("Two gunmen killed 14 Iraqi soldiers in Mosul on Friday.")
    let e = try #require(doc.event(.assault))
    #expect(e.target?.text == "14 Iraqi soldiers")
  }

  @Test func uncountedPeopleStayTheTarget() throws {
    let doc = analyzeEvents("Police attacked the protesters in Mosul on Friday.")
    let e = try #require(doc.event(.assault))
    #expect(e.target?.text == "the protesters")
  }

  @Test func aMonthIsNoPlace() throws {
    let doc = analyzeEvents("Rebels killed 30 people in March.")
    let e = try #require(doc.event(.assault))
    #expect(e.target?.text == "30 people")
  }

  @Test func atLeastOpensACountNotAnObject() throws {
    let doc = analyzeEvents("Israeli aircraft killed at least eight Hamas commanders.")
    let e = try #require(doc.event(.assault))
    #expect(e.target?.text == "eight Hamas commanders")
  }
}
