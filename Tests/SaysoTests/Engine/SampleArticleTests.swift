import Foundation
import Testing

@testable import Sayso

/// End to end on Samples/harbour-talks.txt, a fictional wire interview that
/// holds one of each construction the engine reads.
struct SampleArticleTests {
  /// Samples/harbour-talks.txt, found from this file: Tests/SaysoTests/Engine.
  static let path = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Samples/harbour-talks.txt").path

  static func document() throws -> Document {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return Engine().analyze(text, id: "harbour-talks")
  }

  static let minister = "Tomas Adeyemi"

  @Test func layout() throws {
    let doc = try Self.document()
    #expect(doc.title == "Harbour Pact With Castamar Cannot Wait Another Season: Adeyemi")
    #expect(doc.boilerplate.filter { $0.kind == .repeatedTitle }.count == 1)
    #expect(doc.dateline?.place == "PORT ELLIS")
    #expect(doc.dateline?.source == "Coastline News")
    #expect(doc.headlineSpeaker?.name == Self.minister)
    #expect(doc.warnings.isEmpty)
  }

  @Test func navigationIsBoilerplate() throws {
    let doc = try Self.document()
    let navigation = doc.boilerplate.filter { $0.kind == .navigation }.map(\.text)
    #expect(navigation == ["More in World", "Ports and Shipping", "Top Stories"])
    let more = try #require(doc.offset(of: "More in World"))
    #expect(doc.body.end <= more)
  }

  @Test func everyQuoteHasASpeaker() throws {
    let doc = try Self.document()
    #expect(doc.quotes.count >= 15)
    // A question put by an unnamed reporter ("Asked whether …") has no speaker.
    for quote in doc.quotes where quote.evidence != "indirect.agentless-question" {
      #expect(quote.speaker != nil, "no speaker for \(quote.id): \(quote.text)")
    }
  }

  @Test func ministerIsOneEntityWithHisRole() throws {
    let doc = try Self.document()
    let minister = try #require(doc.entity(named: Self.minister))
    #expect(minister.roles.contains { $0.contains("Minister of Maritime Affairs") })
    #expect(doc.entities.filter { $0.name.hasSuffix("Adeyemi") }.count == 1)
    let direct = doc.quotes.filter { $0.kind == .direct && $0.parent == nil }
    #expect(direct.filter { $0.speaker == Self.minister }.count * 3 >= direct.count * 2)
  }

  @Test func headlineAndPlaceNamesAreNotPeople() throws {
    let doc = try Self.document()
    let people = doc.entities.filter { $0.type == .person }.map(\.name)
    #expect(!people.contains { $0.contains("Harbour Pact") || $0.contains("Cannot Wait") }, "\(people)")
    #expect(!people.contains("Port Ellis"), "\(people)")
    #expect(people.contains("Piet Karsten") && people.contains("Ines Marlow"))
  }

  @Test func salientSpeakerTrap() throws {
    let doc = try Self.document()
    let quote = try #require(doc.quote(containing: "same patrol boat"))
    #expect(quote.speaker == Self.minister)
    #expect(doc.quote(containing: "difficult evening")?.speaker == Self.minister)
  }

  @Test func interruptedAndMultiParagraphQuotes() throws {
    let doc = try Self.document()
    let interrupted = try #require(doc.quote(containing: "another summer of meetings"))
    #expect(interrupted.spans.count == 2)
    #expect(interrupted.text.contains("cargo on the quays"))
    let long = try #require(doc.quote(containing: "wooden boats"))
    #expect(long.text.contains("every harbour master"))
    #expect(long.speaker == Self.minister)
  }

  @Test func nestedQuoteHasAParent() throws {
    let doc = try Self.document()
    let outer = try #require(doc.quote(containing: "back at the table"))
    let inner = try #require(doc.quotes.first { $0.text.contains("We cannot wait") && $0.id != outer.id })
    #expect(inner.parent == outer.id)
    #expect(inner.speaker?.lowercased() == "the envoy")
  }

  @Test func mixedIndirectOrganisationAndGroup() throws {
    let doc = try Self.document()
    let mixed = try #require(doc.quote(containing: "a bridge between two coasts"))
    #expect(mixed.kind == .mixed)
    #expect(mixed.speaker == Self.minister)
    #expect(doc.quote(containing: "single port fee")?.speaker?.lowercased().contains("ministry") == true)
    #expect(doc.quote(containing: "northern breakwater")?.speaker?.lowercased().contains("ministry") == true)
    #expect(doc.quote(containing: "dragged on")?.speaker?.lowercased() == "local fishermen")
    let saying = try #require(doc.quote(containing: "protected Velorian fishing grounds"))
    #expect(saying.kind == .indirect && saying.speaker == Self.minister)
    #expect(doc.quote(containing: "two seats")?.speaker == Self.minister)
    #expect(doc.quote(containing: "repair yards")?.cueLemma == "point out")
  }

  @Test func apostrophesAreNotQuotes() throws {
    let doc = try Self.document()
    for fragment in ["’90s", "’80s", "harbour’s", "don’t", "I’ll"] {
      let at = try #require(doc.offset(of: fragment))
      let apostrophe = at + (Array(fragment.unicodeScalars).firstIndex(of: "’") ?? 0)
      #expect(!doc.quotes.contains { $0.start == apostrophe || $0.end == apostrophe + 1 }, "\(fragment)")
    }
  }
}
