import Testing

@testable import Sayso

/// A personal pronoun as the verb's object is the target, and it ends the
/// object in a double-object verb.
struct ObjectPronounTests {
  @Test func aPardonedPronounIsTheTarget() throws {
    let doc = analyzeEvents(
      "The activist was freed after Egyptian President Ana Ruiz pardoned him along with 30 prisoners.")
    let e = try #require(doc.event(.concede))
    // "him" is the activist, who has no name here; never the president herself.
    #expect(e.target?.entity == nil || e.target?.entity != e.source.entity)
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

  @Test func anObjectPronounPointsAtTheNameBeforeIt() throws {
    let doc = analyzeEvents("Omar Hamdi was freed after Egyptian President Ana Ruiz pardoned him on Sunday.")
    let e = try #require(doc.event(.concede))
    #expect(e.source.text == "Egyptian President Ana Ruiz")
    #expect(e.target?.text == "Omar Hamdi")
  }

  @Test func anObjectPronounIsNeverTheSubject() throws {
    let doc = analyzeEvents("President Ana Ruiz pardoned him.")
    let e = try #require(doc.event(.concede))
    #expect(e.target == nil)
  }

  @Test func aNameModifyingTheSubjectIsNoAntecedent() throws {
    let doc = analyzeEvents("Omar Hamdi said the army led by Ana Ruiz arrested him.")
    let e = try #require(doc.event(.coerce))
    #expect(e.target?.text != "Ana Ruiz")
  }
}
