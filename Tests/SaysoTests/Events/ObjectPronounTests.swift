import Testing

@testable import Sayso

/// A personal pronoun as the verb's object is the target, and it ends the
/// object in a double-object verb.
struct ObjectPronounTests {
  @Test func aPardonedPronounIsTheTarget() throws {
    let doc = analyzeEvents(
      "The activist was freed after Egyptian President Ana Ruiz pardoned him along with 30 prisoners.")
    let e = try #require(doc.event(.concede))
    #expect(e.target?.text == "him")
  }

  @Test func aPronounEndsTheFirstObject() throws {
    let doc = analyzeEvents("The Egyptian president has given them ten days to leave the country.")
    #expect(!doc.events.contains { $0.target?.text.hasPrefix("them ") ?? false })
  }

  @Test func theCountryAbbreviationIsNoPronoun() throws {
    let doc = analyzeEvents("Egypt praised US President Ana Ruiz's decision on Monday.")
    let e = try #require(doc.event(.support))
    #expect(e.target?.text != "US")
  }
}
