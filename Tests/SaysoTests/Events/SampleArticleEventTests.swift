import Foundation
import Testing

@testable import Sayso

/// Events in Samples/harbour-talks.txt, the bundled fictional interview.
struct EventsSampleArticleTests {
  static func document() throws -> Document {
    let text = try String(contentsOfFile: SampleArticleTests.path, encoding: .utf8)
    return analyzeEvents(text)
  }

  @Test func harbourAgreementWithTheNeighbour() throws {
    let doc = try Self.document()
    // Signing a formal agreement is SUPPORT in PLOVER.
    let e = try #require(doc.event(.support))
    #expect(e.target?.text.hasSuffix("Castamar") == true)
    #expect(e.claimedBy != nil)
  }

  @Test func questionIsHypothetical() throws {
    let doc = try Self.document()
    let asked = try #require(doc.events.first { $0.type == .request && $0.source.text == "Castamar" })
    #expect(asked.modality == .hypothetical)
  }

  @Test func everyEventHasATriggerInsideItsSentence() throws {
    let doc = try Self.document()
    #expect(!doc.events.isEmpty)
    for e in doc.events {
      #expect(e.sentence.contains(e.trigger))
      #expect(e.sentence.contains(TextSpan(e.source.start, e.source.end)))
    }
  }
}
