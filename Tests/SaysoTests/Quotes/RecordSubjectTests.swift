import Testing

@testable import Sayso

/// Records that report without "that": a poll, a study or footage whose
/// subject phrase carries a place, a date or a phrase of its own.
struct RecordSubjectTests {
  static let headline = "Harbour vote tightens\n\n"

  @Test func aRecordWithAPhraseOfPlaceShowsAClause() throws {
    let doc = analyze(Self.headline + "The latest polling in Veloria shows Ruiz closing the gap with Okafor.")
    let quote = try #require(doc.quote(containing: "closing the gap"))
    #expect(quote.kind == .indirect)
    #expect(quote.speaker == "the latest polling in Veloria")
    #expect(quote.text == "Ruiz closing the gap with Okafor")
  }

  @Test func footageFromSomewhereShowsWhatItShows() throws {
    let doc = analyze(Self.headline + "News footage from the quay showed the ferry listing badly.")
    #expect(try #require(doc.quote(containing: "listing badly")).speaker == "News footage from the quay")
  }

  @Test func aDatedEmailShowsAClause() throws {
    let doc = analyze(Self.headline + "A May 3, 2011 email shows the board sent ten staff to the summit.")
    #expect(try #require(doc.quote(containing: "ten staff")).speaker == "a May 3, 2011 email")
  }

  @Test func aStudyFindsAnObjectWithoutThat() throws {
    let doc = analyze(Self.headline + "One 2009 study found gains in fourth-grade reading scores.")
    let quote = try #require(doc.quote(containing: "reading scores"))
    #expect(quote.speaker == "One 2009 study")
    #expect(quote.cueLemma == "find")
  }

  @Test func adverbsAndAuxiliariesStayWithTheVerb() throws {
    let doc = analyze(Self.headline + "But the harbour survey also found ferry fares rising fastest.")
    #expect(try #require(doc.quote(containing: "fares rising")).speaker == "the harbour survey")
  }

  @Test func aRecordFollowedByAVerbOfItsOwnIsNoSubject() {
    let doc = analyze(
      Self.headline + "The Veloria results arrive a day after the ferry guild showed its new timetable.")
    #expect(doc.quote(containing: "timetable") == nil)
  }

  @Test func peopleFindingThingsAreNoRecord() {
    let doc = analyze(Self.headline + "Divers found the wreck of the old ferry near the quay.")
    #expect(doc.quote(containing: "wreck") == nil)
  }

  @Test func aQuantityOpensWhatARecordShows() throws {
    let doc = analyze(Self.headline + "Polls show as many as 30 percent of island voters still undecided.")
    let quote = try #require(doc.quote(containing: "30 percent"))
    #expect(quote.text == "as many as 30 percent of island voters still undecided")
    #expect(quote.speaker == "Polls")
  }

  @Test func aDatedRecordBeforeWhich() throws {
    let doc = analyze("Officials referred reporters to a statement released on Thursday, which said the deal was fair.")
    #expect(try #require(doc.quote(containing: "deal was fair")).speaker == "a statement")
  }
}
