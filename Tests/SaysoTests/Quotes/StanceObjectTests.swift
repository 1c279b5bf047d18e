import Testing

@testable import Sayso

/// Verbs of stance report their object ("Okafor endorsed Ruiz"), and verbs of
/// belief a clause without "that".
struct StanceObjectTests {
  @Test func aNamedObjectEndsAtTheName() throws {
    let doc = analyze("Mayor Lena Okafor endorsed Tomas Ruiz on Monday after weeks of silence.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.kind == .indirect)
    #expect(quote.text == "Tomas Ruiz")
    #expect(quote.speaker == "Lena Okafor")
    #expect(quote.cueLemma == "endorse")
    #expect(quote.evidence == "indirect.object")
  }

  @Test func aNounPhraseRunsToTheFirstComma() throws {
    let doc = analyze("The harbour workers union criticized the port authority's safety record, citing two accidents.")
    let quote = try #require(doc.quote(containing: "safety record"))
    #expect(quote.text == "the port authority's safety record")
    #expect(quote.speaker == "the harbour workers union")
  }

  @Test func anInfinitiveIsTheContent() throws {
    let doc = analyze("Harbour master Piet Janssen declined to comment on the inquiry.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "to comment on the inquiry")
    #expect(quote.cueLemma == "decline")
  }

  @Test func thePersonUrgedIsPartOfTheObject() throws {
    let doc = analyze("Okafor urged the council to approve the budget before the summer recess.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text.hasPrefix("the council to approve the budget"))
  }

  @Test func aReasonAfterTheNameRunsOn() throws {
    let doc = analyze("Ruiz blamed Okafor for the delays at the container terminal.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "Okafor for the delays at the container terminal")
  }

  @Test func aContrastTheWriterAddsIsLeftOut() throws {
    let doc = analyze("Okafor defended the new tariffs but later conceded that fees had risen.")
    let quote = try #require(doc.quote(containing: "tariffs"))
    #expect(quote.text == "the new tariffs")
  }

  @Test func aPassiveHasNoObject() {
    let doc = analyze("The proposal was rejected by the harbour board in a late vote.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func verbsOfStanceNeedASpeaker() {
    let doc = analyze("Endorsed candidates will appear on the ballot in March.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func objectVerbsOutsideTheStanceListStillNeedQuotedWords() {
    let doc = analyze("Okafor thanked the volunteers who cleaned the beach.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func aStanceInsideAnotherReportIsThatReport() throws {
    let doc = analyze("Okafor said she expected that the council would reject the plan.")
    #expect(doc.quotes.count == 1)
    #expect(doc.quotes.first?.speaker == "Okafor")
  }

  @Test func aBeliefClauseWithoutThat() throws {
    let doc = analyze("Many economists believe the new levy will raise prices for farmers.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "the new levy will raise prices for farmers")
    #expect(quote.cueLemma == "believe")
  }

  @Test func aBeliefVerbWithAnObjectIsNoReport() {
    let doc = analyze("Okafor knows the ferry captains who sail the northern route.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func anAnnouncementIsItsObject() throws {
    let doc = analyze("The harbour board announced a new fee for cruise ships.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "a new fee for cruise ships")
    #expect(quote.cueLemma == "announce")
  }

  @Test func aLoneAdverbIsNoObject() {
    let doc = analyze(
      "Rally night\n\nWhen the mayor promised new cranes, the crowd applauded loudly. Then the band played.")
    #expect(doc.quotes.allSatisfy { $0.cue != "applauded" })
  }

  @Test func toBeforeANameIsWhoHeardIt() {
    let doc = analyze(
      "Berth sale\n\nThe berths were sold twice, a fact Okafor acknowledged to Harbour Radio on Friday.")
    #expect(doc.quotes.allSatisfy { $0.cue != "acknowledged" })
  }

  @Test func namingSomeoneReportsTheJudgement() throws {
    let doc = analyze("Berth sale\n\nThe unions called him a political opportunist who has neglected the harbour.")
    let quote = try #require(doc.quote(containing: "political opportunist"))
    #expect(quote.text == "him a political opportunist who has neglected the harbour")
    #expect(quote.speaker == "the unions")
  }

  @Test func callingSomeoneBackNamesNothing() {
    let doc = analyze("Berth sale\n\nOkafor called her back on Monday.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func aTitlesOfRunsOnInANamedObject() throws {
    let doc = analyze("Ferry talks stall\n\nMayor Lena Okafor endorsed Secretary of State Ana Ruiz on Monday.")
    let quote = try #require(doc.quote(containing: "Ana Ruiz"))
    #expect(quote.text == "Secretary of State Ana Ruiz")
    #expect(quote.cueLemma == "endorse")
  }

  @Test func anObjectThatWentBeforeTheVerbIsNoContent() {
    let doc = analyze("Ferry talks stall\n\nThe levy she was defending is the one the guild hates.")
    #expect(doc.quote(containing: "guild hates") == nil)
  }

  @Test func describingSomeoneAsSomethingIsAStance() throws {
    let doc = analyze("Ferry talks stall\n\nThe board described him as a careful steward of the harbour.")
    let quote = try #require(doc.quote(containing: "careful steward"))
    #expect(quote.text == "him as a careful steward of the harbour")
    #expect(quote.speaker == "the board")
  }

  @Test func dismissingAnIdeaReportsIt() throws {
    let doc = analyze(
      "Ferry talks stall\n\nHarbour master Ines Varga dismissed concerns that the night crossings were unsafe.")
    let quote = try #require(doc.quote(containing: "night crossings"))
    #expect(quote.text == "concerns that the night crossings were unsafe")
    #expect(quote.speaker == "Ines Varga")
    #expect(quote.cueLemma == "dismiss")
  }

  @Test func anAsideBetweenDashesStaysInTheObject() throws {
    let doc = analyze(
      "Ferry talks stall\n\nOkafor has repeatedly pledged to ban all cruise ships — some 400 visits a year — "
        + "from the inner harbour.")
    let quote = try #require(doc.quote(containing: "cruise ships"))
    #expect(quote.text == "to ban all cruise ships — some 400 visits a year — from the inner harbour")
  }
}
