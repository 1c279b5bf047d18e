import Sayso
import Testing

@testable import SaysoStore

/// Events in the store: saved with their articles, filtered by actor code,
/// name, country pair, type and date.
struct EventQueryTests {
  /// "Norway accused Iceland. Iceland rejected the plan." with hand-made events.
  static func document(id: String, published: String) -> Document {
    let text = "Norway accused Iceland. Iceland rejected the plan."
    var doc = Document(id: id, text: text, body: TextSpan(0, text.unicodeScalars.count))
    doc.source.published = published
    doc.events = [
      Event(
        id: "v1", type: .accuse, source: EventArgument(text: "Norway", start: 0, end: 6, actorCode: "NOR GOV"),
        target: EventArgument(text: "Iceland", start: 15, end: 22, actorCode: "ISL GOV"), trigger: TextSpan(7, 14),
        sentence: TextSpan(0, 23), evidence: "test"),
      Event(
        id: "v2", type: .reject, source: EventArgument(text: "Iceland", start: 24, end: 31, actorCode: "ISL GOV"),
        target: EventArgument(text: "the plan", start: 41, end: 49), trigger: TextSpan(32, 40),
        sentence: TextSpan(24, 50), date: "2024-02-19", evidence: "test"),
    ]
    return doc
  }

  func fixture() throws -> StoreFixture {
    let f = try StoreFixture()
    try f.save(Self.document(id: "a", published: "2024-02-20"))
    return f
  }

  @Test func eventsAreStoredWithTheirSentences() throws {
    let f = try fixture()
    defer { f.remove() }
    let page = try f.store.events(EventFilter())
    #expect(page.total == 2)
    // Newest first: the accusation is dated by publication, the rejection by its own date.
    #expect(page.items.map(\.type) == ["ACCUSE", "REJECT"])
    #expect(page.items[0].sentence == "Norway accused Iceland.")
    #expect(page.items[1].target?.code == nil)
  }

  @Test func actorCodesMatchByCountryOrExactly() throws {
    let f = try fixture()
    defer { f.remove() }
    #expect(try f.store.events(EventFilter(actor: "ISL")).total == 2)
    #expect(try f.store.events(EventFilter(actor: "NOR GOV")).total == 1)
    #expect(try f.store.events(EventFilter(actor: "NOR MIL")).total == 0)
  }

  @Test func pairTypeAndDateFilters() throws {
    let f = try fixture()
    defer { f.remove() }
    #expect(try f.store.events(EventFilter(between: ("ISL", "NOR"))).items.map(\.type) == ["ACCUSE"])
    #expect(try f.store.events(EventFilter(type: .reject)).total == 1)
    #expect(try f.store.events(EventFilter(until: "2024-02-19")).items.map(\.type) == ["REJECT"])
    #expect(throws: StoreError.self) { try f.store.events(EventFilter(between: ("Norway", "ISL"))) }
  }
}
