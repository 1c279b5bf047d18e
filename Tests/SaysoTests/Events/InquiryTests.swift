import Testing

@testable import Sayso

/// An inquiry is aimed at the one whose conduct it looks into.
struct InquiryTests {
  @Test func anInquiryIntoClaimsTargetsTheirSubject() throws {
    let doc = analyzeEvents(
      "French military police have launched an investigation into claims that two soldiers abused prisoners.")
    let e = try #require(doc.event(.accuse))
    #expect(e.source.text == "French military police")
    #expect(e.target?.text == "two soldiers")
  }

  @Test func anInquiryIntoWhetherTargetsTheClauseSubject() throws {
    let doc = analyzeEvents(
      "Egyptian prosecutors opened an investigation into whether the minister's aides hid the money.")
    let e = try #require(doc.event(.accuse))
    #expect(e.target?.text == "the minister's aides")
  }

  @Test func anInquiryIntoAThingNamesNoTarget() throws {
    let doc = analyzeEvents("Egyptian prosecutors opened an investigation into whether funds went missing.")
    let e = try #require(doc.event(.accuse))
    #expect(e.target == nil)
  }
}
