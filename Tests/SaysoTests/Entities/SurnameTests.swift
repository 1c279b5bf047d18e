import Testing

@testable import Sayso

/// Surnames that are also nationality, place or title words.
struct SurnameTests {
  @Test func nationalitySurnameNamesThePersonLaterOn() throws {
    let text = """
      Harbour owner Mark Welsh, who runs three ferries, met the council on Monday. \
      Welsh said the crossing would reopen in spring.
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "crossing would reopen"))
    #expect(quote.speaker == "Mark Welsh")
  }

  @Test func titleSurnameAfterAGivenName() throws {
    let text = """
      The ferry inspector, Linda Bishop, toured the pier. \
      “The boards are rotten,” Bishop said.
      """
    let doc = analyze(text)
    #expect(doc.quote(containing: "boards are rotten")?.speaker == "Linda Bishop")
  }

  @Test func nationalityBeforeAnotherCapitalisedWordStaysANationality() {
    var tokens = Tokenizer.tokenize(ScalarText("Paul Welsh Water said prices would rise. Welsh farmers agreed."))
    Surnames.mark(&tokens)
    #expect(tokens.contains { $0.lower == "welsh" && $0.classes.contains(.demonyms) })
  }
}
