import Testing

@testable import Sayso

/// Two people with one surname: what a mention shows about its gender picks
/// between them.
struct SharedSurnameTests {
  static let text = """
    Ferry family splits

    Adaeze Okafor founded the ferry line in 1998 with her husband, Tomas Okafor. The buyer, \
    Kelechi Obi, has offered a price the couple will not disclose.

    "We never thought it would last," Tomas Okafor said on Monday, recalling the first winter.

    Okafor herself was more cautious about the sale. "I have not signed anything," she said.
    """

  @Test func aReflexiveAfterTheSurnamePicksTheWoman() throws {
    let doc = analyze(Self.text)
    #expect(try #require(doc.quote(containing: "not signed anything")).speaker == "Adaeze Okafor")
  }

  @Test func aCourtesyTitlePicksTheWoman() throws {
    let text = """
      Adaeze Okafor founded the ferry line in 1998 with her husband, Tomas Okafor. \
      Tomas Okafor said on Monday that the sale was close.

      Mrs. Okafor added that the crews would be kept on.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "crews would be kept")).speaker == "Adaeze Okafor")
  }
}
