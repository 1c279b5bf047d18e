import Testing

@testable import Sayso

/// Speakers described by a relative clause: "officials who spoke on
/// condition of anonymity said", "Okafor, who says", "the guild, which
/// backed the strike, said".
struct RelativeClauseTests {
  @Test func theSpeakerIsThePhraseBeforeARestrictiveClause() throws {
    let doc = analyze("Two pilots who spoke on condition of anonymity said the ferry would be sold.")
    let quote = try #require(doc.quote(containing: "ferry would be sold"))
    #expect(quote.speaker == "Two pilots")
  }

  @Test func aLoneHeadBeforeWhoIsAGroup() throws {
    let doc = analyze("Those who attended the hearing said the mood was grim.")
    let quote = try #require(doc.quote(containing: "mood was grim"))
    #expect(quote.speaker == "Those")
  }

  @Test func aVerbOfAcquaintanceInTheClauseIsNoReport() throws {
    let doc = analyze("People who know the harbour master say he is stubborn.")
    let quote = try #require(doc.quote(containing: "he is stubborn"))
    #expect(quote.cue == "say")
    #expect(quote.speaker == "People")
    #expect(doc.quote(containing: "the harbour master say") == nil)
  }

  @Test func whoBeforeTheCuePointsAtItsAntecedent() throws {
    let text = "The pact drew fire from Ana Okafor, who says it is “a giveaway to the shipowners.”"
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "giveaway"))
    #expect(quote.speaker == "Ana Okafor")
    let mention = try #require(quote.speakerMention)
    #expect(doc.slice(mention) == "who")
  }

  @Test func anAuxiliaryMayStandBetweenWhoAndTheCue() throws {
    let doc = analyze("Dockers who have long argued that the cranes are unsafe walked out on Friday.")
    let quote = try #require(doc.quote(containing: "cranes are unsafe"))
    #expect(quote.speaker == "Dockers")
    let mention = try #require(quote.speakerMention)
    #expect(doc.slice(mention) == "who")
  }

  @Test func aWhichClauseAfterAnAppositiveIsSkipped() throws {
    let text =
      "Maria Lopez, the president of the Dockworkers Guild, which backed the strike in May, "
      + "said the union would stay neutral."
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "stay neutral"))
    #expect(quote.speaker == "Maria Lopez")
    let lopez = try #require(doc.entity(named: "Maria Lopez"))
    #expect(lopez.roles.contains { $0.hasPrefix("president of the Dockworkers Guild") && !$0.contains("strike") })
  }

  @Test func anOrganisationBeforeAWhichClauseSpeaks() throws {
    let doc = analyze("The port authority, which runs both terminals, said the toll would rise in March.")
    let quote = try #require(doc.quote(containing: "toll would rise"))
    #expect(quote.speaker == "the port authority")
  }

  @Test func aConjunctionAfterAQuoteOpensANewClause() throws {
    let text = "Contrast that with Velez, who has called the pact “a trap,” and Okafor, who says it is “a giveaway.”"
    let doc = analyze(text)
    let first = try #require(doc.quote(containing: "a trap"))
    #expect(first.speaker == "Velez")
    let second = try #require(doc.quote(containing: "a giveaway"))
    #expect(second.speaker == "Okafor")
  }

  @Test(arguments: ["One docker", "The docker", "Two dockers"])
  func aDescribedOrCountedSpeakerBeforeAWhoClauseSpeaks(_ subject: String) throws {
    let doc = analyze("Ferry news\n\n\(subject), who asked not to be named, said the ferry would stop in May.")
    let quote = try #require(doc.quote(containing: "ferry would stop"))
    #expect(quote.speaker?.lowercased() == subject.lowercased())
    #expect(quote.evidence == "indirect.speaker-cue")
  }

  @Test func aClauseGoingOnAfterTheRelativeIsStillContent() throws {
    let doc = analyze("The skipper, who has sailed for years, knows the reef well, the harbour master said.")
    let quote = try #require(doc.quote(containing: "knows the reef"))
    #expect(quote.speaker == "the harbour master")
  }

  @Test func coordinatedRelativeClausesDescribeOneSpeaker() throws {
    let doc = analyze(
      "Ferry news\n\nA deckhand who fished at the north pier and who did not want to be named said he heard "
        + "the captain talk of cutting corners.")
    let quote = try #require(doc.quote(containing: "cutting corners"))
    #expect(quote.speaker == "a deckhand")
    #expect(quote.text == "he heard the captain talk of cutting corners")
  }
}
