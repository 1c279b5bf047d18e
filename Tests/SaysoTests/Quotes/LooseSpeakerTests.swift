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
    // The described speaker is read with the phrase after it.
    #expect(quote.evidence == "direct.cue-speaker-after")
  }

  @Test func adjectivesSetOffByCommasBeforeTheVerb() throws {
    let doc = analyze(
      Self.headline + "\"We put the ferries first, and we still do,\" the soft-spoken, 64-year-old "
        + "envoy said in an interview.")
    let quote = try #require(doc.quote(containing: "ferries first"))
    #expect(quote.speaker == "the soft-spoken, 64-year-old envoy")
  }

  @Test func aNameAfterAnAsideIsTheSpeaker() throws {
    let doc = analyze(
      Self.headline + "\"The strike feels like 1984 again,\" the year the old guild broke apart, "
        + "Adeyemi says.")
    #expect(try #require(doc.quote(containing: "1984 again")).speaker == "Adeyemi")
  }

  @Test func aClauseAfterTheQuotationIsNoSpeaker() throws {
    let doc = analyze(Self.headline + "\"We will sail,\" the crews insisted and then the ferries left.")
    #expect(doc.quote(containing: "We will sail")?.evidence != "direct.described-speaker-after")
  }

  @Test func aDescribedSpeakerWondersAQuestion() throws {
    let doc = analyze(Self.headline + "“Will the ferry run on Sunday?” a union steward in the room wondered.")
    let quote = try #require(doc.quote(containing: "ferry run"))
    #expect(quote.speaker == "a union steward in the room")
    #expect(quote.cueLemma == "wonder")
  }
}
