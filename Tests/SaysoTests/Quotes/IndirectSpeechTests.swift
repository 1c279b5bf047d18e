import Testing

@testable import Sayso

/// Reported speech with no quotation marks.
struct IndirectSpeechTests {
  @Test func speakerSaidThat() throws {
    let doc = analyze("Rafael Ortiz said that the new budget would cut fuel subsidies by half.")
    let quote = try #require(doc.quote(containing: "fuel subsidies"))
    #expect(quote.kind == .indirect)
    #expect(quote.speaker == "Rafael Ortiz")
    #expect(quote.cueLemma == "say")
    #expect(!quote.text.contains("Ortiz"))
  }

  @Test func aSecondVerbOfSayingStartsASecondReport() throws {
    let doc = analyze(
      "Rafael Ortiz said that the budget was fair, and said that the opposition had not read it.")
    let first = try #require(doc.quote(containing: "budget was fair"))
    #expect(!first.text.contains("opposition"))
    let second = try #require(doc.quote(containing: "had not read it"))
    #expect(second.speaker == "Rafael Ortiz")
    #expect(second.text.hasPrefix("that"))
  }

  @Test func aNewSpeakerAfterAndStartsTheirOwnReport() throws {
    let doc = analyze(
      "The dock workers said they were worried about their pay, and the harbour board said it would meet them.")
    let first = try #require(doc.quote(containing: "worried about their pay"))
    #expect(!first.text.contains("board"))
    #expect(doc.quote(containing: "would meet them")?.speaker == "the harbour board")
  }

  @Test func speakerSaidWithoutThat() throws {
    let doc = analyze("Rafael Ortiz said the new budget would cut fuel subsidies by half.")
    let quote = try #require(doc.quote(containing: "fuel subsidies"))
    #expect(quote.kind == .indirect)
    #expect(quote.speaker == "Rafael Ortiz")
    #expect(quote.text.hasPrefix("the new budget"))
  }

  @Test func contentThenSpeakerSaid() throws {
    let doc = analyze("The new budget would cut fuel subsidies by half, Rafael Ortiz said on Monday.")
    let quote = try #require(doc.quote(containing: "fuel subsidies"))
    #expect(quote.kind == .indirect)
    #expect(quote.speaker == "Rafael Ortiz")
    #expect(quote.text.hasPrefix("The new budget"))
    #expect(!quote.text.contains("Monday"))
  }

  @Test func accordingToBeforeContent() throws {
    let doc = analyze("According to the finance ministry, fuel subsidies will be cut by half next year.")
    let quote = try #require(doc.quote(containing: "fuel subsidies"))
    #expect(quote.kind == .indirect)
    #expect(quote.cueLemma == "according to")
    #expect(quote.speaker?.lowercased().contains("finance ministry") == true)
  }

  @Test func accordingToAfterContent() throws {
    let doc = analyze("Fuel subsidies will be cut by half next year, according to Rafael Ortiz.")
    let quote = try #require(doc.quote(containing: "Fuel subsidies"))
    #expect(quote.kind == .indirect)
    #expect(quote.speaker == "Rafael Ortiz")
    #expect(!quote.text.contains("according"))
  }

  @Test func participleSaying() throws {
    let doc = analyze("Rafael Ortiz defended the budget, saying it would protect the poorest households.")
    let quote = try #require(doc.quote(containing: "poorest households"))
    #expect(quote.kind == .indirect)
    #expect(quote.speaker == "Rafael Ortiz")
    #expect(quote.cueLemma == "say")
    #expect(!quote.text.contains("defended"))
  }

  @Test func toldReporters() throws {
    let doc = analyze("Rafael Ortiz told reporters the budget would be published on Thursday.")
    let quote = try #require(doc.quote(containing: "published on Thursday"))
    #expect(quote.kind == .indirect)
    #expect(quote.speaker == "Rafael Ortiz")
    #expect(quote.cueLemma == "tell")
    #expect(!quote.text.contains("reporters"))
  }

  @Test func narrativeWithoutCueIsNotSpeech() {
    let doc = analyze("Rafael Ortiz arrived in the capital on Monday and met the central bank governor.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func sentenceAdverbBetweenSpeakerAndCue() throws {
    let text = """
      Mayor Ines Duarte spoke first. Okafor however said the harbour would stay closed until March.
      """
    let doc = analyze(text)
    let quote = try #require(doc.quote(containing: "stay closed"))
    #expect(quote.speaker == "Okafor")
  }

  @Test func aPollShowsWithoutThat() throws {
    let doc = analyze("A new harbour survey shows most dockers backing the strike.")
    let q = try #require(doc.quote(containing: "most dockers backing the strike"))
    #expect(q.kind == .indirect)
    #expect(q.cueLemma == "show")
  }

  @Test func aPersonShowingSomethingReportsNothing() {
    #expect(analyze("Okafor showed reporters the damaged crane on Monday.").quotes.isEmpty)
  }

  @Test func aQuestionPutByNoOneNamedHasNoSpeaker() throws {
    let doc = analyze("Asked whether the port would close, Okafor laughed.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "whether the port would close")
    #expect(quote.speaker == nil)
    #expect(quote.cueLemma == "ask")
    #expect(quote.evidence == "indirect.agentless-question")
  }

  @Test func aPassiveQuestionPastAPhraseOfPlace() throws {
    let doc = analyze("Ruiz was asked in Lagos on Monday whether the strike would end, and she smiled.")
    let quote = try #require(doc.quote(containing: "strike would end"))
    #expect(quote.text == "whether the strike would end")
    #expect(quote.speaker == nil)
  }

  @Test func anAskerNamedIsTheSpeaker() throws {
    let doc = analyze("Okafor asked whether the port would close before the holidays.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.speaker == "Okafor")
  }

  @Test func aPollInAnOpeningPhraseIsTheSource() throws {
    let doc = analyze("In a harbour board survey released Monday, 40 percent of dockers backed the plan.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "40 percent of dockers backed the plan")
    #expect(quote.speaker == "a harbour board survey released Monday")
    #expect(quote.cue == "In")
  }

  @Test func anOpeningPhraseOfTimeIsNoSource() {
    let doc = analyze("In the morning, the ferry left the harbour with forty passengers.")
    #expect(doc.quotes.isEmpty)
  }
}

/// Subjects that other words separate from their verb of saying, or that
/// the lexicon reads as verbs.
struct SubjectShapeTests {
  @Test(arguments: [
    "on Tuesday", "last week", "earlier this month", "in 2019", "on Sept. 12", "on March 3", "at the time",
    "less than two weeks ago", "days ago",
  ])
  func aPhraseOfTimeBetweenSubjectAndVerb(_ phrase: String) throws {
    let doc = analyze("Port talks\n\nOkafor \(phrase) said the port would reopen within a month.")
    let quote = try #require(doc.quote(containing: "port would reopen"))
    #expect(quote.speaker == "Okafor")
    #expect(quote.text == "the port would reopen within a month")
  }

  @Test func aNameSuffixWithItsFullStop() throws {
    let doc = analyze("Port talks\n\nVice Mayor Tomas Ruiz Jr. said the ferries would run again on Friday.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.speaker?.hasPrefix("Tomas Ruiz") == true)
    #expect(quote.text == "the ferries would run again on Friday")
  }

  @Test(arguments: ["Tenant rights advocates", "The advocates"])
  func aPluralNounTheLexiconKnowsAsAVerb(_ subject: String) throws {
    let doc = analyze("Housing ruling\n\n\(subject) said the ruling would make evictions harder to fight.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.speaker?.lowercased() == subject.lowercased())
  }

  @Test func aReportInARelativeClauseEndsWithTheClause() throws {
    let doc = analyze("Port talks\n\nThe senator, who in 2019 said the levy was unfair, voted for it on Monday.")
    let quote = try #require(doc.quote(containing: "levy"))
    #expect(quote.text == "the levy was unfair")
  }
}

/// A place after "in" tells where the speaker is; it never speaks itself.
struct LocatedSpeakerTests {
  @Test(arguments: [
    ("Officials in Lagos", "Officials in Lagos"), ("Okafor in Accra", "Okafor"),
    ("A spokesman in London", "a spokesman in London"),
  ])
  func theSpeakerIsThePhraseBeforeThePlace(_ subject: String, _ speaker: String) throws {
    let doc = analyze("Harbour Board Votes on Levy\n\n\(subject) said the port would reopen on Friday.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.speaker == speaker)
  }
}

/// Subjects that no lexicon lists but the sentence shape shows.
struct PlainSubjectTests {
  @Test func aPluralNounTheLexiconLacksIsTheSubjectOfACoordinatedCue() throws {
    let doc = analyze("The night wardens opened the gates and said they would register every crew.")
    let quote = try #require(doc.quote(containing: "register every crew"))
    #expect(quote.speaker == "the night wardens")
  }

  @Test func aCountInWordsIsAGroupOfSpeakers() throws {
    let doc = analyze("About one in five say they would not sail with the new operator.")
    let quote = try #require(doc.quote(containing: "would not sail"))
    #expect(quote.speaker?.hasSuffix("one in five") == true)
  }
}

/// Where a report stops when a second verb of saying follows.
struct SecondCueTests {
  @Test func butAddedStartsAReportOfItsOwn() throws {
    let doc = analyze("Okafor said it was too early to name a winner but added that the count looked good.")
    let first = try #require(doc.quote(containing: "too early"))
    #expect(!first.text.contains("count looked good"))
  }
}

/// Speakers and contents read through contractions, coordination and
/// fronted participles.
struct ClauseShapeTests {
  @Test func aContractedIsBeforeAParticipleReports() throws {
    let doc = analyze(
      "Berth plan\n\nRuiz spoke on Monday. She\u{2019}s predicting the berths will reopen by spring.")
    let quote = try #require(doc.quote(containing: "berths will reopen"))
    #expect(quote.speaker == "Ruiz")
    #expect(quote.cue == "predicting")
  }

  @Test func aSecondVerbOfSayingGoesOnWithTheFirstSpeaker() throws {
    let doc = analyze(
      "Dock dispute\n\nThe mayor was furious - he called the union \u{201C}reckless\u{201D} and said it had lost the docks."
    )
    let quote = try #require(doc.quote(containing: "lost the docks"))
    #expect(quote.cue == "said")
    #expect(quote.speaker == "he" || quote.speaker == "the mayor")
  }

  @Test func aPromiseJoinedByAndReportsWhatTheSpeakerWillDo() throws {
    let doc = analyze(
      "Dock dispute\n\nOkafor complains about the board\u{2019}s fees and pledges to cut them by half next year."
    )
    let quote = try #require(doc.quote(containing: "cut them by half"))
    #expect(quote.cue == "pledges")
    #expect(quote.speaker == "Okafor")
  }

  @Test func aParticipleOpeningTheSentenceReportsForItsSubject() throws {
    let doc = analyze(
      "Port plan\n\nConceding that the levy \u{201C}has its flaws,\u{201D} though, Ruiz still argued that the port needs it."
    )
    let quote = try #require(doc.quote(containing: "has its flaws"))
    #expect(quote.cue == "Conceding")
    #expect(quote.speaker == "Ruiz")
    #expect(!quote.text.contains("port needs"))
  }

  @Test func aRequestMayQuoteItsVerb() throws {
    let doc = analyze(
      "Union appeal\n\nAna Ruiz also sent a letter after the vote, asking members to \u{201C}bring a neighbour to Friday\u{2019}s meeting.\u{201D}"
    )
    let quote = try #require(doc.quote(containing: "bring a neighbour"))
    #expect(quote.cue == "asking")
    #expect(quote.text.hasPrefix("members"))
  }

  @Test func anIntroductoryTimePhraseWithAnArticleIsSkipped() throws {
    let doc = analyze(
      "Levy row\n\nBut a week later, Okafor changed course, telling reporters that the fees would stay.")
    let quote = try #require(doc.quote(containing: "fees would stay"))
    #expect(quote.speaker == "Okafor")
  }
}

/// "According to X" in the middle of the sentence it attributes.
struct AccordingToMidSentenceTests {
  @Test func theSentenceGoesOnAfterTheSource() throws {
    let doc = analyze("Levy vote\n\nRidership, according to the operator, has doubled since the spring.")
    let quote = try #require(doc.quote(containing: "Ridership"))
    #expect(quote.speaker == "the operator")
    #expect(quote.text.contains("has doubled"))
  }

  @Test func aRelativeClauseAfterTheSourceDescribesIt() throws {
    let doc = analyze("Levy vote\n\nThe levy rose, according to the board, which met on Monday.")
    let quote = try #require(doc.quote(containing: "levy rose"))
    #expect(!quote.text.contains("met on Monday"))
  }

  @Test func aCountedGroupAfterCommaAndStartsAReportOfItsOwn() throws {
    let doc = analyze(
      "Fares survey\n\nMost riders said the fares were too high, and one in four said the service was "
        + "getting worse.")
    let first = try #require(doc.quote(containing: "too high"))
    #expect(first.text == "the fares were too high")
    let second = try #require(doc.quote(containing: "getting worse"))
    #expect(second.speaker == "one in four")
  }

  @Test func aShortHearerThenAPronounOpensTheReport() throws {
    let doc = analyze("Harbour talks\n\nOkafor told the crowd he would win the harbour vote.")
    let quote = try #require(doc.quote(containing: "would win"))
    #expect(quote.text == "he would win the harbour vote")
    #expect(quote.speaker == "Okafor")
  }

  @Test func aStoryOfHowIsNoHearer() {
    let doc = analyze("Harbour talks\n\nShe often tells the story of how he talked her into running the port.")
    #expect(doc.quotes.allSatisfy { !$0.text.hasPrefix("he talked") })
  }

  @Test func aQuestionWordAfterAskedOpensTheReport() throws {
    let doc = analyze("Harbour talks\n\nThe guild asked whether voters supported the new berth.")
    let quote = try #require(doc.quote(containing: "new berth"))
    #expect(quote.text == "whether voters supported the new berth")
    #expect(quote.speaker == "the guild")
  }
}
