import Testing

@testable import Sayso

/// Speaker phrases news writing shortens or interrupts: a role with no
/// article, a lone "another", an aside with "led by".
struct SpeakerShapeTests {
  @Test func aPrepositionalAsideBetweenSpeakerAndVerb() throws {
    let doc = analyze(
      "Coal vote\n\nRuiz, at a dockside rally in Port Ellis, Veloria, said she would close the pits.")
    #expect(try #require(doc.quote(containing: "close the pits")).speaker == "Ruiz")
  }

  @Test func aClauseAfterACommaIsNoAside() throws {
    let doc = analyze(
      "Quay closed\n\nThe mayor closed the east quay to all visitors, while Tomas Okafor, "
        + "the former harbour master, said the quays should reopen.")
    #expect(try #require(doc.quote(containing: "quays should reopen")).speaker == "Tomas Okafor")
  }

  @Test func aBareRoleAfterTheContent() throws {
    let doc = analyze("Port Ellis ferry fares will rise in May, senior official says.")
    let quote = try #require(doc.quote(containing: "fares will rise"))
    #expect(quote.speaker == "senior official")
    #expect(quote.evidence == "indirect.content-speaker-cue")
  }

  @Test func aBareRoleInAHeadline() throws {
    let doc = analyze("Ferry fares to rise, minister says\n\nThe harbour board met on Monday.")
    #expect(try #require(doc.quote(containing: "Ferry fares to rise")).speaker == "minister")
  }

  @Test func aPlainNounAfterACommaIsNoSpeaker() {
    let doc = analyze("The ferry was late again, harbour says.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func anotherTakesTheSingularVerb() throws {
    let doc = analyze("One company says there are 40 ferries on the route. Another says there are about 30.")
    #expect(try #require(doc.quote(containing: "about 30")).speaker == "another")
  }

  @Test func anAsideWithLedBy() throws {
    let doc = analyze(
      "The aides, led by campaign manager Ana Ruiz, told the group that they were not expecting to win the vote.")
    #expect(try #require(doc.quote(containing: "not expecting")).speaker == "the aides")
  }

  @Test func twoNamesAfterTheContent() throws {
    let doc = analyze("The harbour will need new cranes, Ana Ruiz and Tomas Okafor said.")
    let quote = try #require(doc.quote(containing: "new cranes"))
    #expect(quote.speaker == "Tomas Okafor")
    #expect(quote.evidence == "indirect.content-speaker-cue")
  }

  @Test func twoGroupsAfterTheContentAreOneGroup() throws {
    let doc = analyze("The harbour will need new cranes, dockers and union officials told reporters.")
    #expect(try #require(doc.quote(containing: "new cranes")).speaker == "dockers and union officials")
  }

  @Test func anUnknownNounBeforeABarePluralHead() throws {
    let doc = analyze("The harbour will need new cranes, guild officials said.")
    #expect(try #require(doc.quote(containing: "new cranes")).speaker == "guild officials")
  }

  @Test func aBracketThatIsNoPartyTagIsNoSpeaker() {
    let doc = analyze(
      "Voters will judge a candidate who would close the port (Ana Ruiz), oppose new taxes and cut fares.")
    #expect(!doc.quotes.contains { $0.speaker == "the port" })
  }

  @Test func aPossessiveMarkAfterAFinalS() throws {
    let doc = analyze("Tomas Adeyemis’ campaign says it raised more than $2 million in January.")
    #expect(try #require(doc.quote(containing: "raised more")).speaker == "Tomas Adeyemis’ campaign")
  }

  @Test func oneAndTheOtherOfAPair() throws {
    let doc = analyze(
      "Two dockers spoke to the Harbour Times. One said the port would close by May. The other said it would stay open."
    )
    #expect(try #require(doc.quote(containing: "close by May")).speaker == "one")
    #expect(try #require(doc.quote(containing: "stay open")).speaker == "the other")
  }

  @Test func aSurnameThatIsAlsoACommonWordOpensASentenceAsAName() throws {
    let doc = analyze(
      "Port rally\n\nIt was a long night for the ferry crews. Harbour chief Peter Long spoke first.\n\n"
        + "Long, who attended the rally on Friday, said that the crews “kept the island alive.”")
    let quote = try #require(doc.quote(containing: "island alive"))
    #expect(quote.speaker == "Peter Long")
  }

  @Test func aPercentageSpeaksForAShareOfThoseAsked() throws {
    let doc = analyze("Harbour poll\n\nOn fares, 42% say they are too high; 26% say they are fair.")
    #expect(try #require(doc.quote(containing: "too high")).speaker == "42%")
    #expect(try #require(doc.quote(containing: "are fair")).speaker == "26%")
  }

  @Test func supportersOfSomeoneAreTheSpeakersNotThePersonNamed() throws {
    let doc = analyze(
      "Harbour poll\n\nBy a wide margin, supporters of Mayor Ana Ruiz say the ferry should run all night.")
    #expect(try #require(doc.quote(containing: "all night")).speaker == "supporters of Mayor Ana Ruiz")
  }

  @Test func aCountAfterWithSpeaksThroughAParticiple() throws {
    let doc = analyze("Harbour poll\n\nRuiz leads the race, with 22 percent saying they would not back Okafor.")
    let quote = try #require(doc.quote(containing: "would not back"))
    #expect(quote.speaker == "22 percent")
    #expect(quote.text == "they would not back Okafor")
  }

  @Test func twoFrontedPhrasesBeforeTheSubject() throws {
    let doc = analyze(
      "Harbour poll\n\nAt a rally in Port Ellis, Ore., on Tuesday, Senator Tom Ellis endorsed Ruiz, saying that "
        + "she would make an outstanding mayor.")
    #expect(try #require(doc.quote(containing: "outstanding mayor")).speaker == "Tom Ellis")
  }

  @Test func twoRolesOfOnePerson() throws {
    let doc = analyze("The harbour master and former ferry captain said the port “clearly” needed a new breakwater.")
    let quote = try #require(doc.quote(containing: "new breakwater"))
    #expect(quote.speaker == "the harbour master and former ferry captain")
    #expect(quote.kind == .mixed)
  }

  @Test func aRoleAfterAnOfPhraseJoinsTheFirstRole() throws {
    let doc = analyze("The Velmar senator and former secretary of state told reporters the quay would reopen.")
    #expect(
      try #require(doc.quote(containing: "quay would reopen")).speaker
        == "the Velmar senator and former secretary of state")
  }

  @Test func twoDeterminedRolesAreTwoPeople() throws {
    let doc = analyze("The mayor and the governor said the quay would reopen.")
    #expect(try #require(doc.quote(containing: "quay would reopen")).speaker == "the governor")
  }

  @Test func anIndefiniteAsideDescribesTheRoleBeforeIt() throws {
    let doc = analyze("The mayor, a former dock worker, said the quay would reopen.")
    #expect(try #require(doc.quote(containing: "quay would reopen")).speaker == "the mayor")
  }

  @Test func anAgeDescribesTheRoleBeforeIt() throws {
    let doc = analyze("The pilot, 52, said the fog had lifted by noon.")
    #expect(try #require(doc.quote(containing: "fog had lifted")).speaker == "the pilot")
  }

  @Test(arguments: ["longtime", "young", "late"])
  func aPlainModifierStaysInTheDescription(_ modifier: String) throws {
    let doc = analyze("Port vote\n\nOkafor’s \(modifier) allies say they have come to accept the plan.")
    #expect(try #require(doc.quote(containing: "accept the plan")).speaker == "Okafor’s \(modifier) allies")
  }

  @Test func aPluralBeforeWhoIsTheGroupThatSpoke() throws {
    let doc = analyze(
      "Harbor bill\n\nThe committee overrode objections from fiscal hawks who called it a \"giveaway to the shipping lobby.\""
    )
    #expect(try #require(doc.quote(containing: "giveaway")).speaker == "fiscal hawks")
  }

  @Test func aVerbBeforeThePluralIsNoPartOfTheSpeaker() throws {
    let doc = analyze("Harbor bill\n\nThe bill angered dockers who say it \"sells the port.\"")
    #expect(try #require(doc.quote(containing: "sells the port")).speaker == "dockers")
  }

  @Test func aPluralPossessiveInsideAnOrganisationsName() throws {
    let doc = analyze("Harbor bill\n\nThe American Pilots’ Association said the delays had cost shippers millions.")
    #expect(try #require(doc.quote(containing: "delays had cost")).speaker == "the American Pilots’ Association")
  }

  @Test func aPersonFamiliarWithALongerPhraseIsTheSpeaker() throws {
    let doc = analyze(
      "Harbor bill\n\nThe talks will focus on the levy, according to a person familiar with the planning for "
        + "Thursday’s meeting.")
    let quote = try #require(doc.quote(containing: "focus on the levy"))
    #expect(quote.speaker == "a person familiar with the planning for Thursday’s meeting")
  }

  @Test func askingNotToBeNamedReportsNothing() throws {
    let doc = analyze(
      "Ferry contract\n\nOne backbencher, who asked not to be named, told the Herald the row was “a gift to the "
        + "opposition”.")
    let quote = try #require(doc.quote(containing: "gift to the"))
    #expect(quote.cue == "told")
    #expect(quote.text == "the row was “a gift to the opposition”")
  }
}
