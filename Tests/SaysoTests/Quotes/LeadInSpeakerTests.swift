import Testing

@testable import Sayso

/// Who speaks a quotation whose lead-in opens with a phrase of place, sends
/// a message, or labels it after a dash.
struct LeadInSpeakerTests {
  @Test func anOpeningPhraseOfPlaceIsNoSpeaker() throws {
    let doc = analyze(
      "Quay talks\n\nHere in Port Ellis, Okafor stepped up his attacks on the board, saying, “We must fix the quays.”")
    #expect(try #require(doc.quote(containing: "fix the quays")).speaker == "Okafor")
  }

  @Test func aNameAfterAnOpeningPlaceIsTheSpeaker() throws {
    let doc = analyze("Quay talks\n\nIn Port Ellis, Okafor told dockers, “We will not unload the ferries.”")
    #expect(try #require(doc.quote(containing: "unload the ferries")).speaker == "Okafor")
  }

  @Test func aMessageToSomeoneSpeaksForItsSender() throws {
    let doc = analyze(
      "Quay talks\n\nThe guild quickly sent an email to members stating, “The board has failed the town.”")
    #expect(try #require(doc.quote(containing: "failed the town")).speaker == "the guild")
  }

  @Test func aNameAfterADashLabelsTheQuotation() throws {
    let doc = analyze(
      "Quay talks\n\nFERRY FARES RISE AGAIN IN THE NORTH - Tomas Adeyemi: “The fares will climb until the board acts.”")
    let quote = try #require(doc.quote(containing: "fares will climb"))
    #expect(quote.speaker == "Tomas Adeyemi")
    #expect(quote.evidence == "direct.colon-lead-in")
  }

  @Test func absentOpensNoName() throws {
    let text = """
      Quay talks

      Okafor walked out on Monday. Absent Okafor, the board met on Tuesday. “We cannot wait,” he said.
      """
    let doc = analyze(text)
    #expect(doc.entity(named: "Absent Okafor") == nil)
  }

  @Test func anAdverbBeforeAnOpeningPhrase() throws {
    let text = """
      Quay talks

      Even before Okafor took the stage on Tuesday night, his campaign sent out a text message to \
      supporters saying: “We won the harbour seat!”
      """
    #expect(try #require(analyze(text).quote(containing: "harbour seat")).speaker == "his campaign")
  }

  @Test func aRetortAfterAnAdjectiveIsANoun() throws {
    let doc = analyze("Quay talks\n\nOkafor delivered a snappy retort: “No one is selling the harbour.”")
    #expect(try #require(doc.quote(containing: "selling the harbour")).speaker == "Okafor")
  }

  @Test func hisAndHerCampaignAreTwo() throws {
    let text = """
      Ruiz said her campaign had raised $2 million. Her campaign said it would spend it on ads. \
      His campaign said Okafor would not reply.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "would not reply")).speaker == "his campaign")
  }

  @Test func aNameSetOffInsideTheOpeningPhraseIsNotTheSubject() throws {
    let doc = analyze(
      "Port Talks\n\nMayor Daniel Okafor spoke on Sunday.\n\nAsked about the council’s finance chief, Peter Lund, "
        + "who has backed the sale, Okafor was blunt. “Peter is a good accountant,” he said.")
    #expect(try #require(doc.quote(containing: "good accountant")).speaker == "Daniel Okafor")
  }
}
