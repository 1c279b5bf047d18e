import Foundation
import Testing

@testable import Sayso

/// Tests/SaysoTests/Events → package root → its parent → shared/seed.
private let seedPath = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()
  .appendingPathComponent("shared/seed/article.txt").path

/// Events the project's seed article must yield, checked by type and actor
/// code only; the article is read from ../shared and never copied here.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: seedPath), "needs ../shared/seed/article.txt"))
struct EventsSeedArticleTests {
  static func events() throws -> [Event] {
    let text = try String(contentsOfFile: seedPath, encoding: .utf8)
    return analyzeEvents(text).events
  }

  static func has(_ events: [Event], _ type: EventType, source: String?, target: String?) -> Bool {
    events.contains { e in
      e.type == type && (source == nil || e.source.actorCode?.hasPrefix(source!) == true)
        && (target == nil || e.target?.actorCode?.hasPrefix(target!) == true)
    }
  }

  @Test func visitingOfficialMeetsLebaneseLeaders() throws {
    let events = try Self.events()
    #expect(Self.has(events, .consult, source: "IRN GOV", target: "LBN GOV"))
    #expect(events.filter { $0.type == .consult && $0.source.actorCode == "IRN GOV" }.count >= 4)
  }

  @Test func securityAgreementWithIraq() throws {
    #expect(Self.has(try Self.events(), .agree, source: "IRN", target: "IRQ"))
  }

  @Test func israeliAssassinationOfIranians() throws {
    #expect(Self.has(try Self.events(), .assault, source: "ISR", target: "IRN"))
  }

  @Test func missilesLaunchedTowardIsrael() throws {
    let events = try Self.events()
    #expect(
      events.contains {
        $0.type == .assault && $0.evidence == "event.nominal-launched-from"
          && $0.target?.actorCode?.hasPrefix("ISR") == true
      })
  }

  @Test func intelligenceServiceThreatens() throws {
    let events = try Self.events()
    let threat = try #require(events.first { $0.type == .threaten && $0.source.actorCode == "ISR SPY" })
    #expect(threat.target?.actorCode == "IRN GOV")
    #expect(threat.claimedBy != nil)
  }

  @Test func americanDemandThatIranSurrender() throws {
    #expect(Self.has(try Self.events(), .request, source: "USA GOV", target: "IRN GOV"))
  }

  @Test func reportingVerbsAreNoTriggers() throws {
    let text = try String(contentsOfFile: seedPath, encoding: .utf8)
    let doc = analyzeEvents(text)
    for e in doc.events {
      #expect(!["said", "says", "told", "explained", "remarked", "added", "stressed"].contains(doc.slice(e.trigger)))
    }
  }
}
