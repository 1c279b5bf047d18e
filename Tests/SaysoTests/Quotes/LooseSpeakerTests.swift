import Testing

@testable import Sayso

/// Described speakers the noun-phrase reader has no head for, after a
/// quotation and a verb of saying.
struct LooseSpeakerTests {
  static let headline = "Ferry dispute drags on\n\n"

  @Test func aPersonCloseToSomeoneAfterTheVerb() throws {
    let doc = analyze(
      Self.headline + "\"The drop is down to the fares, nothing else,\" said a person close to the harbour board.")
    let quote = try #require(doc.quote(containing: "drop is down"))
    #expect(quote.speaker == "a person close to the harbour board")
    #expect(quote.evidence == "direct.described-speaker-after")
  }

  @Test func adjectivesSetOffByCommasBeforeTheVerb() throws {
    let doc = analyze(
      Self.headline + "\"From the first day, I made the ferries my priority,\" the bespectacled, 71-year-old "
        + "envoy said in an interview.")
    let quote = try #require(doc.quote(containing: "first day"))
    #expect(quote.speaker == "the bespectacled, 71-year-old envoy")
  }

  @Test func aNameAfterAnAsideIsTheSpeaker() throws {
    let doc = analyze(
      Self.headline + "\"The strike is reminiscent of the 1980s,\" the dawn of the modern dockers' movement, "
        + "Adeyemi says.")
    #expect(try #require(doc.quote(containing: "reminiscent")).speaker == "Adeyemi")
  }

  @Test func aClauseAfterTheQuotationIsNoSpeaker() throws {
    let doc = analyze(Self.headline + "\"We will sail,\" the crews insisted and then the ferries left.")
    #expect(doc.quote(containing: "We will sail")?.evidence != "direct.described-speaker-after")
  }
}
