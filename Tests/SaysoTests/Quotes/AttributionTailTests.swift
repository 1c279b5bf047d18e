import Testing

@testable import Sayso

/// What may follow a speaker named after the verb before ", adding …", and
/// what a participle after a written message may take.
struct AttributionTailTests {
  static let headline = "Ferry Talks Stall\n\n"

  @Test(arguments: [
    "said Rep. Ana Ruiz (D-Va.)", "said Ana Ruiz at the time", "said Ana Ruiz (D) on Monday",
    "said Ana Ruiz of the ferry union in a statement",
  ])
  func aParticipleAfterASpeakerWithATail(_ attribution: String) throws {
    let doc = analyze(
      Self.headline + "“It is not new here,” \(attribution), adding that the boats had run at night for years.")
    let quote = try #require(doc.quote(containing: "boats had run"))
    #expect(quote.speaker == "Ana Ruiz")
    #expect(quote.cue == "adding")
    #expect(quote.text == "that the boats had run at night for years")
  }

  @Test func aClauseAfterTheSpeakerIsNoTail() {
    let doc = analyze(
      Self.headline + "“It is not new here,” said Ana Ruiz as the crowd left, adding to the noise of the night.")
    #expect(doc.quote(containing: "noise of the night")?.speaker != "Ana Ruiz")
  }

  @Test func aParticipleThatTakesAQuotedObjectAfterAStatement() throws {
    let doc = analyze(
      Self.headline + "The mayor released a statement on Thursday night condemning “a reckless decision by the board.”")
    let quote = try #require(doc.quote(containing: "reckless decision"))
    #expect(quote.speaker == "the mayor")
    #expect(quote.cue == "condemning")
  }

  @Test func aParticipleThatTakesAPlainObjectAfterAStatementIsNoReport() {
    let doc = analyze(Self.headline + "The mayor released a statement on Thursday condemning the decision.")
    #expect(doc.quote(containing: "the decision") == nil)
  }

  @Test func adsPraisingSomeoneSayNothing() {
    let doc = analyze(Self.headline + "The union has been running ads praising Ana Ruiz of the ferry board.")
    #expect(doc.quotes.isEmpty)
  }

  @Test(arguments: ["Asked whether he would run again", "Pressed by the host on what could bring him to run"])
  func aQuestionPutToTheSpeakerIsNotWhatTheySaid(_ question: String) {
    let doc = analyze(Self.headline + "\(question), Okafor demurred.")
    #expect(doc.quotes.allSatisfy { $0.evidence != "indirect.content-speaker-cue" })
  }
}
