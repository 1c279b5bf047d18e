import Testing

@testable import Sayso

/// Who is speaking: names, titles, pronouns, organisations and groups.
struct SpeakerTests {
  @Test func titleIsStrippedIntoRoles() throws {
    let text = "Minister of Transport of Veloria Anna Berg said the new line would open in May."
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "new line"))
    #expect(quote.speaker == "Anna Berg")
    let entity = try #require(doc.entity(named: "Anna Berg"))
    #expect(entity.type == .person)
    #expect(entity.roles.contains { $0.contains("Minister of Transport") })
    #expect(quote.speakerEntity == entity.id)
  }

  @Test func pronounAfterADescribedSubjectGoesToTheNamedPerson() throws {
    let doc = analyze(
      "Castamar’s harbour master, Ona Velez, opened the channel. She said the first ships would dock on Monday.")
    #expect(doc.quote(containing: "first ships")?.speaker == "Ona Velez")
  }

  @Test func shortNameIsMergedWithFullName() throws {
    let text = """
      Transport Minister Anna Berg opened the new station on Monday.

      “It took nine years,” Berg said. “It was worth every one of them.”
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "nine years"))
    #expect(quote.speaker == "Anna Berg")
    let bergs = doc.entities.filter { $0.name.hasSuffix("Berg") }
    #expect(bergs.count == 1)
    let entity = try #require(bergs.first)
    #expect(entity.mentions.contains { $0.text == "Berg" })
    #expect(entity.mentions.contains { $0.text.contains("Anna Berg") })
  }

  @Test func pronounGoesToTheSalientSpeakerNotTheNearestName() throws {
    let text = """
      Transport Minister Tomas Berg said the line would be extended to the airport. \
      Berg recalled touring the site with engineer Marco Vitali. \
      “We walked the whole route in one day,” he said.
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "whole route"))
    #expect(quote.speaker == "Tomas Berg")
    let mention = try #require(quote.speakerMention)
    #expect(doc.slice(mention) == "he")
  }

  @Test func pronounRespectsGender() throws {
    let text = """
      “The rock was harder than we expected,” engineer Marco Vitali said. “But we kept to the schedule,” he added.

      Vitali showed Transport Minister Anna Berg the northern shaft on Monday. \
      “Nobody believed we could finish this,” she said.
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "Nobody believed"))
    #expect(quote.speaker == "Anna Berg")
    #expect(doc.quote(containing: "kept to the schedule")?.speaker == "Marco Vitali")
  }

  @Test func organisationSpeaker() throws {
    let doc = analyze("“All trains will run to the usual timetable,” the transport ministry said in a statement.")
    let quote = try #require(doc.quote(containing: "usual timetable"))
    let speaker = try #require(quote.speaker)
    #expect(speaker.lowercased().contains("transport ministry"))
    if let id = quote.speakerEntity {
      #expect(doc.entities.first { $0.id == id }?.type == .organisation)
    }
  }

  @Test func groupSpeaker() throws {
    let doc = analyze("Local residents say the new line has cut their commute by half.")
    let quote = try #require(doc.quote(containing: "commute"))
    #expect(quote.kind == .indirect)
    #expect(quote.speaker?.lowercased() == "local residents")
  }

  @Test func titleAloneIsAnUnresolvedSpeaker() throws {
    let doc = analyze("“We will publish the figures next week,” the spokeswoman said.")
    let quote = try #require(doc.quote(containing: "figures"))
    #expect(quote.speaker == "the spokeswoman")
  }

  @Test func describingPhraseFindsTheTitledPerson() throws {
    let text = """
      Sen. Ana Ruiz toured the flooded valley on Tuesday.

      “We need the dams repaired before winter,” the senator said.
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "dams repaired"))
    #expect(quote.speaker == "Ana Ruiz")
  }

  @Test func capitalisedModifiersInsideADescription() throws {
    let text = """
      “The bill will pass by Friday,” said a Senate leadership aide. \
      “Nobody wants a second vote,” one former Labour party official said.
      """
    let doc = analyze(text)
    #expect(doc.quote(containing: "bill will pass")?.speaker == "a Senate leadership aide")
    #expect(doc.quote(containing: "second vote")?.speaker == "one former Labour party official")
  }

  @Test func unknownHeadNounAfterTheCue() throws {
    let text = """
      Governor Okafor met the mayors on Monday. \
      “He listens to everyone,” said one Okafor confidant. “That is his strength.”
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "listens"))
    #expect(quote.speaker == "one Okafor confidant")
    #expect(doc.quote(containing: "his strength")?.speaker == "one Okafor confidant")
  }

  @Test func capitalisedHeadAfterADeterminerDescribes() throws {
    let text = """
      “The gap is too wide to close,” said one Ohio Republican. \
      “She has a week left,” added a Vermont Democrat.
      """
    let doc = analyze(text)
    #expect(doc.quote(containing: "gap is too wide")?.speaker == "one Ohio Republican")
    #expect(doc.quote(containing: "a week left")?.speaker == "a Vermont Democrat")
  }

  @Test func middleInitialStaysInTheName() throws {
    let text = """
      “The harbour must stay public,” Jeffrey M. Okafor said on Monday. \
      Okafor has led the dockworkers since 2015.
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "stay public"))
    #expect(quote.speaker == "Jeffrey M. Okafor")
  }

  @Test func aRoleWithOfStateResolvesToTheTitledPerson() throws {
    let text = """
      Secretary of State Ana Ruiz flew to Lagos on Monday.

      The secretary of state said she was ready to sign the accord.
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "ready to sign"))
    #expect(quote.speaker == "Ana Ruiz")
  }

  @Test func abbreviatedRanksAreTitles() throws {
    let doc = analyze(
      "Headline\n\n“We will hold the line,” said retired Army Lt. Gen. Tomas Arce, who led the garrison.")
    let quote = try #require(doc.quote(containing: "hold the line"))
    #expect(quote.speaker == "Tomas Arce")
  }

  @Test func anAdverbOpeningASentenceIsNoPerson() throws {
    let text = """
      “It is a big moment,” said Tom Hale, a port strategist. Unless rivals quit, the deal will hold.

      “The mood is still tense here,” he said.
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "mood is still tense"))
    #expect(quote.speaker == "Tom Hale")
    #expect(!doc.entities.contains { $0.name == "Unless" })
  }

  @Test func aShareOfPeopleSpeaksAsAGroup() throws {
    let doc = analyze("In the harbour survey, about seven in 10 say the ferry should run all year.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.speaker == "about seven in 10")
    #expect(quote.text == "the ferry should run all year")
  }

  @Test func aPluralNounOpeningTheSentenceIsAGroup() throws {
    let doc = analyze("Shipowners say the new fees will drive trade to other ports.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.speaker == "Shipowners")
  }

  @Test func aBareVerbAfterANameIsStillNoReport() {
    let doc = analyze("Clark state party chair Ana Ruiz opened the meeting.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func aQuantifierBeforeAPluralVerbIsItsSubject() throws {
    let doc = analyze("Others, however, say the bridge tolls are fair.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.speaker == "others")
    #expect(quote.text == "the bridge tolls are fair")
  }

  @Test func aNameWithWhereTheyAreFromBetweenCommas() throws {
    let doc = analyze("A pollster, Ana Ruiz of Lagos University, said her survey showed support holding.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.speaker == "Ana Ruiz")
  }

  @Test func wordsOpeningQuestionsAndCommandsAreNoPeople() throws {
    let text = """
      Harbour master Tomas Arce spoke on Friday. Well, the ferries ran late. Consider the cost of a week.

      “We lost two days,” he said.
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "lost two days"))
    #expect(quote.speaker == "Tomas Arce")
    #expect(!doc.entities.contains { $0.name == "Well" || $0.name == "Consider" })
  }

  @Test func aLoneCapitalisedSubjectIsNoOneAPronounCanMean() throws {
    let text = """
      Mayor Ana Ruiz spoke to dockers on Friday.

      Rep. Jim Okafor (D-S.C.), a member of the harbour board, agreed.

      “We will cut the fees,” she said.

      War came to the coast that year.

      “Nobody was ready,” she said.
      """
    let doc = analyze(text)
    #expect(doc.quote(containing: "cut the fees")?.speaker == "Ana Ruiz")
    #expect(doc.quote(containing: "Nobody was ready")?.speaker == "Ana Ruiz")
  }

  @Test func aSurnameSeenInFullStillLeadsASentence() throws {
    let text = """
      Harbour master Tomas Arce met the crews on Monday.

      Arce walked the quay for an hour.

      “The cranes are old,” he said.
      """
    let doc = analyze(text)
    #expect(doc.quote(containing: "cranes are old")?.speaker == "Tomas Arce")
  }

  @Test func aPluralOfPeopleIsNoOneSheCanMean() throws {
    let text = """
      Mayor Ana Ruiz spoke to dockers on Friday.

      Fishermen in the port district have complained about the fees for months.

      “We will cut them,” she said.
      """
    let doc = analyze(text)
    #expect(doc.quote(containing: "cut them")?.speaker == "Ana Ruiz")
  }

  @Test func aSpeakerNamedAfterTheContentIsTheSentencesSubject() throws {
    let text = """
      Harbour owner Paul Quist toured the new terminal on Monday.

      Mayor Tom Vance’s harbour budget is a mess, Quist said.

      “The fees will come down,” he said. “But not this year.”
      """
    let doc = analyze(text)
    #expect(doc.quote(containing: "fees will come down")?.speaker == "Paul Quist")
  }

  @Test(arguments: ["Harbour Times bureau chief", "Lagos port director"])
  func aNamedModifierAndPlainNounsBeforeANameAreItsRole(_ role: String) throws {
    let doc = analyze("“The cranes will stay,” said \(role) Ana Ruiz.")
    let quote = try #require(doc.quote(containing: "cranes will stay"))
    #expect(quote.speaker == "Ana Ruiz")
    let entity = try #require(doc.entity(named: "Ana Ruiz"))
    #expect(entity.roles.contains(role))
  }

  @Test func aCapitalisedModifierBeforeARoleWithNoNameIsADescription() throws {
    let doc = analyze("Harbour chief: “We will not sell the port”\n\nThe port will stay public, the council said.")
    let quote = try #require(doc.quote(containing: "We will not sell"))
    #expect(quote.speaker == "Harbour chief")
  }

  @Test(arguments: ["Cllr", "Alderman", "local MSP"])
  func britishTitlesAreRoles(_ title: String) throws {
    let doc = analyze("\(title) Ines Duarte said the harbour fees would not rise this year.")
    let quote = try #require(doc.quote(containing: "harbour fees"))
    #expect(quote.speaker == "Ines Duarte")
  }

  @Test func aLaterDescriptionMayNameTheRoleByASynonym() throws {
    let text = """
      Ambassador Ines Duarte met the harbour board on Monday.

      “We will not wait another winter,” the envoy said.
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "another winter"))
    #expect(quote.speaker == "Ines Duarte")
  }

  @Test func anotherDescribedPersonIsSomeoneNew() throws {
    let doc = analyze(
      "Ferry talks\n\nA deckhand said the captain cut corners.\n\nAnother deckhand said the night runs were safe.")
    let first = try #require(doc.quote(containing: "cut corners"))
    let second = try #require(doc.quote(containing: "night runs"))
    #expect(second.speaker == "another deckhand")
    #expect(first.speakerEntity != second.speakerEntity)
  }
}
