import Sayso
import Testing

@testable import SaysoStore

/// Speakers merged across articles, and kept apart without evidence.
struct EntityMergeTests {
  typealias F = StoreFixture

  func speakers(_ fixture: StoreFixture) throws -> [String: SpeakerRow] {
    Dictionary(uniqueKeysWithValues: try fixture.store.speakers().items.map { ($0.name, $0) })
  }

  @Test func sameFullNameIsOneSpeakerWithAllRoles() throws {
    let fixture = try StoreFixture()
    defer { fixture.remove() }
    try fixture.save(
      F.document(id: "a", speaker: "Lena Okafor", roles: ["Minister"], quote: "“Yes”", published: "2024-01-02"))
    try fixture.save(
      F.document(id: "b", speaker: "Lena Okafor", roles: ["Trade Minister"], quote: "“No”", published: "2024-03-04"))
    let okafor = try #require(try speakers(fixture)["Lena Okafor"])
    #expect(okafor.quoteCount == 2)
    #expect(okafor.roles == ["Minister", "Trade Minister"])
    #expect(okafor.firstSeen == "2024-01-02")
    #expect(okafor.lastSeen == "2024-03-04")
  }

  @Test func caseAndAccentsDoNotSplitAName() throws {
    let fixture = try StoreFixture()
    defer { fixture.remove() }
    try fixture.save(F.document(id: "a", speaker: "José Núñez", quote: "“Yes”"))
    try fixture.save(F.document(id: "b", speaker: "Jose Nunez", quote: "“No”"))
    #expect(try fixture.store.speakers().total == 1)
  }

  @Test func surnameJoinsTheOnlyFullName() throws {
    let fixture = try StoreFixture()
    defer { fixture.remove() }
    try fixture.save(F.document(id: "a", speaker: "Lena Okafor", quote: "“Yes”"))
    try fixture.save(F.document(id: "b", speaker: "Okafor", quote: "“No”"))
    #expect(try speakers(fixture)["Lena Okafor"]?.quoteCount == 2)
  }

  @Test func aLaterFullNameTakesOverTheSurname() throws {
    let fixture = try StoreFixture()
    defer { fixture.remove() }
    try fixture.save(F.document(id: "a", speaker: "Okafor", quote: "“No”"))
    try fixture.save(F.document(id: "b", speaker: "Lena Okafor", quote: "“Yes”"))
    let all = try speakers(fixture)
    #expect(all["Okafor"] == nil)
    #expect(all["Lena Okafor"]?.quoteCount == 2)
    #expect(try fixture.store.quotes(QuoteFilter(speaker: "Lena Okafor")).total == 2)
  }

  @Test func takingOverASurnameMovesItsEventsToo() throws {
    let fixture = try StoreFixture()
    defer { fixture.remove() }
    var early = F.document(id: "a", speaker: "Okafor", quote: "“No”")
    early.events = [
      Event(
        id: "v1", type: .reject, source: EventArgument(text: "Okafor", start: 6, end: 12, entity: "e1"), target: nil,
        trigger: TextSpan(13, 17), sentence: TextSpan(0, 18), evidence: "test")
    ]
    try fixture.save(early)
    try fixture.save(F.document(id: "b", speaker: "Lena Okafor", quote: "“Yes”"))
    let lena = try #require(try speakers(fixture)["Lena Okafor"])
    #expect(try fixture.store.events(EventFilter()).items.first?.source.entityID == lena.id)
  }

  @Test func peopleWhoShareASurnameStayApart() throws {
    let fixture = try StoreFixture()
    defer { fixture.remove() }
    try fixture.save(F.document(id: "a", speaker: "Lena Okafor", roles: ["Minister"], quote: "“Yes”"))
    try fixture.save(F.document(id: "b", speaker: "Daniel Okafor", roles: ["union leader"], quote: "“No”"))
    try fixture.save(F.document(id: "c", speaker: "Okafor", quote: "“Maybe”"))
    let all = try speakers(fixture)
    #expect(all["Lena Okafor"]?.quoteCount == 1)
    #expect(all["Daniel Okafor"]?.quoteCount == 1)
    #expect(all["Okafor"]?.quoteCount == 1)
  }

  @Test func aSharedRoleWordPicksOneOfThem() throws {
    let fixture = try StoreFixture()
    defer { fixture.remove() }
    try fixture.save(F.document(id: "a", speaker: "Lena Okafor", roles: ["Trade Minister"], quote: "“Yes”"))
    try fixture.save(F.document(id: "b", speaker: "Daniel Okafor", roles: ["union leader"], quote: "“No”"))
    try fixture.save(F.document(id: "c", speaker: "Okafor", roles: ["Minister"], quote: "“Maybe”"))
    #expect(try speakers(fixture)["Lena Okafor"]?.quoteCount == 2)
  }

  @Test func descriptionsAreNeverMergedAcrossArticles() throws {
    let fixture = try StoreFixture()
    defer { fixture.remove() }
    try fixture.save(F.document(id: "a", speaker: "a senior official", quote: "“Yes”"))
    try fixture.save(F.document(id: "b", speaker: "a senior official", quote: "“No”"))
    #expect(try fixture.store.speakers().items.filter { $0.name == "a senior official" }.count == 2)
  }
}
