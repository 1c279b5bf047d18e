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

  @Test func aSpokesmanForANamedPerson() throws {
    let doc = analyze("A spokesman for Okafor said the minister was traveling.")
    #expect(try #require(doc.quote(containing: "minister was traveling")).speaker == "a spokesman for Okafor")
  }

  @Test func anAideToANamedPerson() throws {
    let doc = analyze("An aide to Okafor said the minister was traveling.")
    #expect(try #require(doc.quote(containing: "minister was traveling")).speaker == "an aide to Okafor")
  }

  @Test func lawyersForACompany() throws {
    let doc = analyze("Lawyers for Harbour Lines said the fine was unfair.")
    #expect(try #require(doc.quote(containing: "fine was unfair")).speaker == "Lawyers for Harbour Lines")
  }

  @Test func aSpokeswomanForOneCampaignIsNotAnothers() throws {
    let doc = analyze(
      "Okafor spokeswoman Lena Obi said the rally would go ahead. "
        + "A spokeswoman for Ruiz said the campaign had not been told.")
    #expect(try #require(doc.quote(containing: "rally would go ahead")).speaker == "Lena Obi")
    #expect(try #require(doc.quote(containing: "had not been told")).speaker == "a spokeswoman for Ruiz")
  }

  @Test func aSpokeswomanForTheSameCampaignIsTheOneNamed() throws {
    let doc = analyze(
      "Ruiz spokeswoman Lena Obi said the rally would go ahead. "
        + "The spokeswoman for Ruiz later said the campaign had not been told.")
    #expect(try #require(doc.quote(containing: "had not been told")).speaker == "Lena Obi")
  }

  @Test func aSpokesmanAfterTheVerb() throws {
    let doc = analyze("“The minister is traveling,” said a spokesman for Okafor.")
    #expect(try #require(doc.quote(containing: "minister is traveling")).speaker == "a spokesman for Okafor")
  }

  @Test func aDescribedSourceAfterTheVerb() throws {
    let doc = analyze("“We were not consulted,” said one person familiar with the talks.")
    #expect(try #require(doc.quote(containing: "not consulted")).speaker == "one person familiar with the talks")
  }

  @Test func theNounAfterANameInThePhrase() throws {
    let doc = analyze("The levy will stay, according to a person familiar with Okafor’s plans.")
    #expect(try #require(doc.quote(containing: "levy will stay")).speaker == "a person familiar with Okafor’s plans")
  }

  @Test func aLawyerForOneClientIsNotAnothers() throws {
    let doc = analyze(
      "“We were not consulted,” said Lena Obi, a lawyer for the dock workers. "
        + "The fine was unfair, according to a lawyer for Harbour Lines.")
    #expect(try #require(doc.quote(containing: "fine was unfair")).speaker == "a lawyer for Harbour Lines")
  }

  @Test func analystsAtAFirm() throws {
    let doc = analyze("Analysts at Harbour Securities said the cuts were overdue.")
    #expect(try #require(doc.quote(containing: "cuts were overdue")).speaker == "Analysts at Harbour Securities")
  }

  @Test func aLawyerWithAFirmAfterTheVerb() throws {
    let doc = analyze("“The case is closed,” said a lawyer with Harbour Lines.")
    #expect(try #require(doc.quote(containing: "case is closed")).speaker == "a lawyer with Harbour Lines")
  }
}
