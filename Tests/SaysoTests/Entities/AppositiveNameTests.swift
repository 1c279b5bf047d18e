import Testing

@testable import Sayso

/// A description, then a name between commas: the name is the speaker,
/// whatever the description holds.
struct AppositiveNameTests {
  @Test func institutionAfterOfBelongsToTheDescription() throws {
    let doc = analyze("The head of the Velmar Harbour Board, Tomas Adeyemi, said the quay would reopen in May.")
    let quote = try #require(doc.quote(containing: "quay would reopen"))
    #expect(quote.speaker == "Tomas Adeyemi")
  }

  @Test func describedSubjectSpeaksInAParticiple() throws {
    let doc = analyze(
      "The head of the harbour board, Tomas Adeyemi, spoke on Monday, saying the quay would reopen in May.")
    let quote = try #require(doc.quote(containing: "quay would reopen"))
    #expect(quote.speaker == "Tomas Adeyemi")
  }

  @Test func aListOfNamesIsNoAppositive() {
    let doc = analyze(
      "Its fleet of tugs, the Heron, the Kestrel and the Osprey, sailed on Monday, saying nothing of the storm.")
    #expect(doc.quotes.allSatisfy { $0.speaker != "Heron" && $0.speaker != "the Heron" })
  }

  @Test func aClauseBeforeTheCommaIsNoDescription() {
    let text = "An email went out from the board's chair, Ines Duarte, to every berth holder."
    let scalars = ScalarText(text)
    let analysis = Analysis(text: scalars, tokens: Tokenizer.tokenize(scalars))
    let subject = QuoteFinder(analysis).subject(ofSentence: 0)
    #expect(subject.map { analysis.string($0.tokens) } != "Ines Duarte")
  }
}
