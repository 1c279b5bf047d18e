import Testing

@testable import Sayso

/// Speakers described by a phrase after them: "officials familiar with the
/// talks", "sources close to the mayor". The phrase's object is no speaker.
struct PostmodifiedSpeakerTests {
  @Test func familiarWith() throws {
    let doc = analyze("Officials familiar with the talks said a deal on ferry fares was close.")
    #expect(try #require(doc.quote(containing: "a deal on ferry fares")).speaker == "Officials familiar with the talks")
  }

  @Test func closeToANamedPerson() throws {
    let doc = analyze("Ana Ruiz spoke on Monday. Sources close to Ruiz said she would resign before May.")
    let quote = try #require(doc.quote(containing: "resign before May"))
    #expect(quote.speaker == "Sources close to Ruiz")
    #expect(quote.speaker != "Ana Ruiz")
  }

  @Test func surveyedBy() throws {
    let doc = analyze("Most economists surveyed by the harbour bank said fares would rise.")
    #expect(
      try #require(doc.quote(containing: "fares would rise")).speaker == "Most economists surveyed by the harbour bank")
  }

  @Test func aPluralPlacedByAnyPhrase() throws {
    let doc = analyze("Some Republicans in the state legislature said the levy would fail.")
    #expect(try #require(doc.quote(containing: "levy would fail")).speaker == "Republicans in the state legislature")
  }

  @Test func aParticipleAfterANounIsNoVerbOfSaying() {
    let doc = analyze("The levy was backed by a think tank known for claims that ferries are unsafe.")
    #expect(doc.quote(containing: "ferries are unsafe") == nil)
  }

  @Test func aParticipleAfterHasReports() throws {
    let doc = analyze("Ruiz has known for years that the quay was unsafe.")
    #expect(try #require(doc.quote(containing: "quay was unsafe")).speaker == "Ruiz")
  }
}
