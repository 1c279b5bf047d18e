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

  @Test func aCapitalisedVerbOfSayingInATitleCaseLine() throws {
    let text = """
      Harbour Chief Grace Okafor Says Ferry Fares Will Fall Next Year

      The port authority met on Monday.
      """
    let doc = analyze(text)
    let claim = try #require(doc.quote(containing: "Ferry Fares"))
    #expect(claim.text == "Ferry Fares Will Fall Next Year")
    #expect(claim.speaker == "Grace Okafor")
    #expect(claim.cueLemma == "say")
  }

  @Test func aCapitalisedVerbInsideOrdinaryProseIsNoCue() {
    let doc = analyze("The ferry Says Hello left the harbour at dawn with forty passengers on board.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func aSourceNounLeadsAHeadlineClaim() throws {
    let doc = analyze("Historians: Ruiz and the ferry linked no matter what\n\nThe mayor said fares would fall.")
    let quote = try #require(doc.quote(containing: "linked no matter"))
    #expect(quote.speaker == "Historians")
    #expect(quote.evidence == "headline.colon")
  }

  @Test func aLabelBeforeTheColonIsNoSource() {
    let doc = analyze("The Latest: Ruiz wins the harbour vote\n\nThe mayor said fares would fall.")
    #expect(doc.quote(containing: "harbour vote") == nil)
  }
}
