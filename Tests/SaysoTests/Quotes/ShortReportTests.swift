import Testing

@testable import Sayso

/// Reported clauses that are short or open with a phrase: "said he would.",
/// "said in winter the quays freeze", and a bracket before the verb.
struct ShortReportTests {
  @Test func aPronounAndAnAuxiliaryAreAWholeReport() throws {
    let doc = analyze("Council members are split on the sale. Tomas Adeyemi said he would. Others were less sure.")
    let quote = try #require(doc.quote(containing: "he would"))
    #expect(quote.speaker == "Tomas Adeyemi")
    #expect(quote.text == "he would")
  }

  @Test func twoPlainWordsAreNoReport() {
    let doc = analyze("Tomas Adeyemi said goodbye quickly.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func aFrontedPhraseOpensTheReport() throws {
    let doc = analyze("Karl Lund said in winter it takes two crews to keep the quays open.")
    let quote = try #require(doc.quote(containing: "two crews"))
    #expect(quote.text == "in winter it takes two crews to keep the quays open")
  }

  @Test func aPhraseOfPlaceAloneIsNoReport() {
    let doc = analyze("Karl Lund said in a statement on the quay.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func aCommaAfterThePartysBracket() throws {
    let doc = analyze("Councillor Jack Obi (Labour), said on Tuesday that he had not read the plan.")
    #expect(try #require(doc.quote(containing: "not read the plan")).speaker == "Jack Obi")
  }
}
