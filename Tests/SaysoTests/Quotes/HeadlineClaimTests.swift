import Testing

@testable import Sayso

/// Headlines that attribute a claim with a colon.
struct HeadlineClaimTests {
  @Test func speakerAfterTheColon() throws {
    let text = """
      Ferry Fares Will Fall Next Year: Okafor

      Transport Minister Grace Okafor said on Monday that fares would fall.
      """
    let doc = analyze(text)
    let claim = try #require(doc.quotes.first { $0.evidence == "headline.colon" })
    #expect(claim.text == "Ferry Fares Will Fall Next Year")
    #expect(claim.speaker == "Grace Okafor")
    #expect(claim.cue == ":")
  }

  @Test func speakerBeforeTheColon() throws {
    let text = """
      Okafor: Ferry Fares Will Fall Next Year

      Transport Minister Grace Okafor said on Monday that fares would fall.
      """
    let doc = analyze(text)
    let claim = try #require(doc.quotes.first { $0.evidence == "headline.colon" })
    #expect(claim.text == "Ferry Fares Will Fall Next Year")
    #expect(claim.speaker == "Grace Okafor")
  }

  @Test func colonWithoutANameIsNoClaim() {
    let text = """
      Ferry Fares: What Changes Next Year

      Fares will fall in January, the ministry said.
      """
    let doc = analyze(text)
    #expect(!doc.quotes.contains { $0.evidence == "headline.colon" })
  }
}
