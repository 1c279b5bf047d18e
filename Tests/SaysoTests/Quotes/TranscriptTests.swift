import Testing

@testable import Sayso

/// Interview transcripts: paragraphs that open with a speaker's label and a
/// colon are that speaker's words.
struct TranscriptTests {
  static let interview = """
    Port chief rules out terminal sale

    Ingrid Solberg has run the Velmar Port Authority since the floods. She spoke to the Coast Post this week.

    Coast Post: Is the container terminal for sale?

    Solberg: No. We have had offers, but the council wants the terminal to stay public.

    Coast Post: And the dredging?

    Solberg: It starts in the spring. As my predecessor liked to say, “a silted port is a dead port.”
    """

  @Test func labelledParagraphsAreTheSpeakersWords() throws {
    let doc = analyze(Self.interview)
    let answer = try #require(doc.quote(containing: "We have had offers"))
    #expect(answer.kind == .direct)
    #expect(answer.speaker == "Ingrid Solberg")
    #expect(answer.text.hasPrefix("No. We have had offers"))
    #expect(answer.evidence == "direct.transcript")
    let question = try #require(doc.quote(containing: "for sale?"))
    #expect(question.speaker == "Coast Post")
  }

  @Test func aQuotationInsideATurnIsNested() throws {
    let doc = analyze(Self.interview)
    let turn = try #require(doc.quote(containing: "It starts in the spring"))
    let inner = try #require(doc.quotes.first { $0.text.hasPrefix("“a silted port") })
    #expect(inner.parent == turn.id)
  }

  @Test func questionAndAnswerLabelsNameNoOne() throws {
    let text = """
      Ferry strike: what the operator says

      Q: Will the ferries run during the strike?

      A: Only the island service, and only twice a day.

      Q: For how long?

      A: Until the crews and the operator agree on pay.
      """
    let doc = analyze(text)
    let answer = try #require(doc.quote(containing: "Only the island service"))
    #expect(answer.kind == .direct)
    #expect(answer.speaker == nil)
    #expect(doc.quotes.filter { $0.evidence == "direct.transcript" }.count == 4)
  }

  @Test func listsAndNotesAreNoTranscript() {
    let text = """
      Delegates pledged so far, by state.

      Nevada: Adam Reyes, Bea Cortez, Carl Nystrom, Dana Wu.

      Oregon: Eli Stone, Fay Morgan, Gus Lind, Hana Ito.

      Update: the ferry timetable for the weekend has been changed.
      """
    let doc = analyze(text)
    #expect(doc.quotes.allSatisfy { $0.evidence != "direct.transcript" })
  }
}
