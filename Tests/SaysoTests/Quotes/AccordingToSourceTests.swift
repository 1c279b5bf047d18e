import Testing

@testable import Sayso

/// "According to SOURCE, CONTENT": where the source ends and the content
/// starts when commas follow the source.
struct AccordingToSourceTests {
  static let headline = "Ferry Talks Stall\n\n"

  @Test func aPhraseWithAVerbAfterItIsTheContentsSubject() throws {
    let doc = analyze(
      Self.headline + "According to two officials familiar with the talks, the consortium, led by Harbour Lines, "
        + "agreed to pay 40 million dollars a year.")
    let quote = try #require(doc.quote(containing: "agreed to pay"))
    #expect(quote.speaker == "two officials familiar with the talks")
    #expect(quote.text.hasPrefix("the consortium, led by Harbour Lines, agreed"))
  }

  @Test func aDescriptionOfANamedSourceIsNoContent() throws {
    let doc = analyze(Self.headline + "According to Ana Ruiz, the harbour master, the port will close in May.")
    let quote = try #require(doc.quote(containing: "port will close"))
    #expect(quote.speaker == "Ana Ruiz")
    #expect(quote.text == "the port will close in May")
  }

  @Test func aNameAfterADescribedSourceIsTheSource() throws {
    let doc = analyze(Self.headline + "According to a spokesman, Pieter Mensah, the port will close in May.")
    let quote = try #require(doc.quote(containing: "port will close"))
    #expect(quote.speaker == "Pieter Mensah")
    #expect(quote.text == "the port will close in May")
  }

  @Test func aDescriptionOfAnOrganisationBeforeAClauseIsNoContent() throws {
    let doc = analyze(Self.headline + "According to the union, the largest in the port, the strike will go on.")
    let quote = try #require(doc.quote(containing: "strike will"))
    #expect(quote.speaker == "the union")
    #expect(quote.text == "the strike will go on")
  }

  @Test func aFutureAfterACommaIsNoAttribution() {
    let doc = analyze(Self.headline + "The port will close, the strike will continue.")
    #expect(doc.quotes.isEmpty)
  }
}
