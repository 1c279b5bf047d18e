import Testing

@testable import Sayso

/// Where reported content starts and ends, and which verbs report at all.
struct ReportedClauseTests {
  @Test func parentheticalAttributionSplitsTheContent() throws {
    let doc = analyze("Overall, she said, the ferry service has never been more reliable.")
    let quote = try #require(doc.quote(containing: "ferry service"))
    #expect(quote.spans.count == 2)
    #expect(quote.text.hasPrefix("Overall"))
    #expect(!quote.text.contains("she said"))
  }

  @Test func bareClauseAfterSays() throws {
    let doc = analyze("Councillor Ines Duarte says rent control is not working in the old town.")
    let quote = try #require(doc.quote(containing: "rent control"))
    #expect(quote.speaker == "Ines Duarte")
    #expect(quote.text.hasPrefix("rent control"))
  }

  @Test func frontedPhraseClosedByAComma() throws {
    let doc = analyze("Duarte says despite the new rules, landlords still raise rents every spring.")
    let quote = try #require(doc.quote(containing: "landlords"))
    #expect(quote.text.hasPrefix("landlords"))
  }

  @Test func toldWithObjectClosesTheSentence() throws {
    let doc = analyze("The bridge will reopen before the holidays, the city engineer told The Valley Courier.")
    let quote = try #require(doc.quote(containing: "bridge will reopen"))
    #expect(quote.cueLemma == "tell")
    #expect(quote.speaker == "the city engineer")
  }

  @Test func beliefVerbNeedsAClause() {
    let doc = analyze("Duarte knows the tenants who organised the strike.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func beliefVerbWithAClauseIsReported() throws {
    let doc = analyze("Duarte believes that the strike will spread to the harbour district.")
    let quote = try #require(doc.quote(containing: "strike will spread"))
    #expect(quote.cueLemma == "believe")
  }

  @Test func cueWordAfterADeterminerIsANoun() {
    let doc = analyze("Duarte shared a tweet that mocked the landlords' association.")
    #expect(doc.quote(containing: "mocked") == nil)
  }

  @Test func speakerBehindSeveralAppositives() throws {
    let doc = analyze(
      "Marta Keil, 61, a retired nurse who lives near the depot, said the night buses are always late.")
    let quote = try #require(doc.quote(containing: "night buses"))
    #expect(quote.speaker == "Marta Keil")
  }

  @Test func coordinatedVerbTakesTheSubject() throws {
    let doc = analyze("The transit authority published new timetables and said the changes would start in May.")
    let quote = try #require(doc.quote(containing: "changes would start"))
    #expect(quote.speaker == "the transit authority")
  }

  @Test func verbOfSayingWithAnObjectIsNoReport() {
    let doc = analyze("Duarte answers a question from the floor as the mayor listens.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func toldWithoutAPersonToldIsNoReport() {
    let doc = analyze("The exhibition told the story of the harbour strike in forty photographs.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func bareVerbAfterASingleNameIsNoCue() {
    let doc = analyze("Ines Duarte, state party chair, opened the meeting.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func passiveVerbOfSayingHasNoSpeaker() {
    let doc = analyze("Harbour fees are reported in broad ranges, not exact amounts.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func progressiveNeedsAnAuxiliary() throws {
    #expect(analyze("With all precincts reporting, the vote was close.").quotes.isEmpty)
    let doc = analyze("Duarte is saying the strike will end soon.")
    #expect(doc.quote(containing: "strike will end")?.speaker == "Duarte")
  }

  @Test func frontedPhraseWithAClauseBeforeTheCue() throws {
    let doc = analyze("As a newcomer, Duarte faced little opposition, the chairwoman said.")
    let quote = try #require(doc.quote(containing: "little opposition"))
    #expect(quote.text.hasPrefix("As a newcomer"))
    #expect(analyze("Despite the new rules, the chairwoman said.").quotes.isEmpty)
  }

  @Test func shareOfRespondentsIsAGroupSpeaker() throws {
    let doc = analyze("Sixty percent said the ferry should stay public.")
    let quote = try #require(doc.quote(containing: "ferry should stay"))
    #expect(quote.speaker == "Sixty percent")
  }

  @Test func relativeClauseRunningToTheEndIsTheWritersAddition() throws {
    let doc = analyze("Okafor said he would back Mendes, who faces a runoff in March.")
    let quote = try #require(doc.quote(containing: "back Mendes"))
    #expect(quote.text == "he would back Mendes")
  }

  @Test func relativeClauseClosedByACommaStaysInTheContent() throws {
    let doc = analyze("Okafor said the plan, which the council drafted in May, would fail.")
    let quote = try #require(doc.quote(containing: "the plan"))
    #expect(quote.text.hasSuffix("would fail"))
  }

  @Test func semicolonEndsTheReportedClause() throws {
    let doc = analyze("Okafor said the ferry should stay public; Mendes wants to sell it.")
    let quote = try #require(doc.quote(containing: "ferry should stay"))
    #expect(quote.text == "the ferry should stay public")
  }

  @Test func anotherSpeakersReportEndsTheContent() throws {
    let doc = analyze("A clerk asked Mendes for a photo and Okafor said, “Only if the ferry is in it.”")
    let reply = doc.quotes.filter { $0.text.contains("Only if the ferry") }
    #expect(reply.count == 1)
    #expect(reply.first?.speaker == "Okafor")
  }

  @Test func toldADescribedPersonThenAClause() throws {
    let doc = analyze("Okafor told harbour radio host Lena Marsh on Wednesday that the strike was “a warning.”")
    let quote = try #require(doc.quote(containing: "the strike was"))
    #expect(quote.speaker == "Okafor")
    #expect(quote.text.hasPrefix("that the strike"))
  }

  @Test func quantifierAloneIsAGroupSpeaker() throws {
    let doc = analyze("Several said they would rather sell the ferry than raise fares.")
    let quote = try #require(doc.quote(containing: "sell the ferry"))
    #expect(quote.speaker == "several")
  }

  @Test func bracketedPartyBeforeARelativeClause() throws {
    let doc = analyze("Sen. Ana Ruiz (D-Ohio), who has backed the plan, said the port needs a second crane.")
    let quote = try #require(doc.quote(containing: "second crane"))
    #expect(quote.speaker == "Ana Ruiz")
  }

  @Test func aSecondVerbWithAParticleStartsItsOwnReport() throws {
    let doc = analyze("Mayor Ines Duarte described the cuts as “reckless and cruel” and warned of more closures.")
    let quote = try #require(doc.quote(containing: "reckless and cruel"))
    #expect(quote.text.hasSuffix("“reckless and cruel”"))
  }

  @Test func aGerundSubjectIsNoFrontedPhrase() throws {
    let doc = analyze("Fundraising was “stagnant for a month” as donors waited, the treasurer said.")
    let quote = try #require(doc.quote(containing: "stagnant"))
    #expect(quote.speaker == "the treasurer")
    #expect(quote.text.hasPrefix("Fundraising was"))
  }

  @Test func aReportInsideAWhileClauseEndsAtItsComma() throws {
    let doc = analyze("While Okafor said that the cranes were safe, inspectors found three faults.")
    let q = try #require(doc.quote(containing: "cranes were safe"))
    #expect(q.text == "that the cranes were safe")
  }

  @Test func aReportInsideAnAfterClauseEndsAtItsComma() throws {
    let doc = analyze("After Okafor said that the cranes were safe, inspectors found three faults.")
    let q = try #require(doc.quote(containing: "cranes were safe"))
    #expect(q.text == "that the cranes were safe")
  }

  @Test func evenThoughStaysWithTheSpeakersClaim() throws {
    let doc = analyze("Okafor said the port would reopen on Monday, even though the cranes were still broken.")
    let q = try #require(doc.quote(containing: "port would reopen"))
    #expect(q.text.hasSuffix("the cranes were still broken"))
  }

  @Test func whichAfterTheClaimIsTheWritersAddition() throws {
    let doc = analyze("Okafor said the port would reopen on Monday, which surprised the dockers.")
    let q = try #require(doc.quote(containing: "port would reopen"))
    #expect(!q.text.contains("surprised"))
  }

  @Test(arguments: ["As he said, he did.", "If they say, so.", "While Okafor said so."])
  func aSubordinatorBeforeAShortReportNeverBreaks(_ text: String) {
    // Too short to hold a comma inside: nothing to cut, and no empty quotation.
    let doc = analyze(text)
    #expect(doc.quotes.allSatisfy { !$0.text.isEmpty && $0.start < $0.end })
  }

  @Test func aContrastAfterACommaEndsTheReport() throws {
    let doc = analyze("Okafor said the ferry would run all winter, but the operator has not confirmed the timetable.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "the ferry would run all winter")
  }

  @Test func aSecondThatClauseAfterButContinuesTheReport() throws {
    let doc = analyze("Okafor said the ferry had been late all spring, but that the new timetable would fix it.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text.hasSuffix("the new timetable would fix it"))
    #expect(doc.quotes.count == 1)
  }

  @Test(arguments: [
    "Since March the port has added 300 jobs on the night shift.",
    "Okafor maintains a comfortable margin in the harbour ward.",
  ])
  func aPlainObjectOfAddOrMaintainReportsNothing(_ text: String) {
    #expect(analyze(text).quotes.isEmpty)
  }

  @Test func aClauseAfterMaintainStillReports() throws {
    let doc = analyze("Ruiz maintained the council had never seen the report.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "the council had never seen the report")
  }

  @Test(arguments: [
    "Okafor said the ferry would keep its winter timetable as she wound down her term.",
    "Okafor said the ferry would keep its winter timetable, as have two other harbour towns.",
  ])
  func asBeforeAPronounOrAnAuxiliaryEndsTheReport(_ text: String) throws {
    let quote = try #require(analyze(text).quotes.first)
    #expect(quote.text == "the ferry would keep its winter timetable")
  }

  @Test func aNewClauseWithItsOwnSubjectEndsTheReport() throws {
    let doc = analyze("Ruiz said the quay was safe, and he invited inspectors to see it for themselves.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "the quay was safe")
  }

  @Test func whoeverWasToldThatOpensTheReport() throws {
    let doc = analyze("Ruiz told an audience of dockers in Lagos on Monday that the port would stay open.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "that the port would stay open")
    #expect(quote.speaker == "Ruiz")
  }

  @Test func toldWithoutThatOrAPersonIsAStory() {
    let doc = analyze("Okafor told the story of the strike to the children.")
    #expect(doc.quotes.isEmpty)
  }
}

/// A dash that no second dash closes ends the reported clause.
struct DashTests {
  @Test func anUnpairedDashEndsTheClause() throws {
    let doc = analyze(
      "Port talks\n\nAnalysts call this the \u{201C}waiting game\u{201D} \u{2014} setting the bar low so a deal looks like a win."
    )
    let quote = try #require(doc.quote(containing: "waiting game"))
    #expect(quote.text == "this the \u{201C}waiting game\u{201D}")
  }

  @Test func aDoubleHyphenEndsItToo() throws {
    let doc = analyze("Port talks\n\nOkafor said the plan would fail -- a view her rivals share.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "the plan would fail")
  }

  @Test func pairedDashesStayInside() throws {
    let doc = analyze("Port talks\n\nOkafor said the plan \u{2014} which she drafted \u{2014} would fail.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "the plan \u{2014} which she drafted \u{2014} would fail")
  }
}

/// What follows a closing attribution after a comma.
struct TailAppositiveTests {
  @Test func aNounPhraseDescribingTheOutletIsNoContent() throws {
    let doc = analyze(
      "Port talks\n\nThe levy will fall by half, Okafor wrote this month in the Harbour Times, a weekly paper.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "The levy will fall by half")
  }

  @Test func aNounPhraseSummingUpTheClauseIsTheWriters() throws {
    let doc = analyze("The port said it would close the east quay, a decision the dockers have fought for years.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "it would close the east quay")
  }

  @Test func anAppositiveClosedByACommaStaysInTheReport() throws {
    let doc = analyze("Okafor said the ferry, a relic of the 1950s, would run until spring.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text.hasSuffix("would run until spring"))
  }
}

/// Where content that carries quoted words stops.
struct QuotedClauseEndTests {
  @Test func aSecondVerbOfTheSubjectEndsIt() throws {
    let doc = analyze(
      "Port talks\n\nOkafor called the new fee \u{201C}a tax on every trawler\u{201D} and walked out of the meeting."
    )
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "the new fee \u{201C}a tax on every trawler\u{201D}")
  }

  @Test func withoutQuotedWordsTheClauseRunsOn() throws {
    let doc = analyze("Port talks\n\nOkafor said the fee had risen and worried the dockers.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "the fee had risen and worried the dockers")
  }

  @Test func theQuestionPutIsNotTheAnswer() throws {
    let doc = analyze(
      "Port talks\n\nRuiz said the board would \u{201C}wait and see\u{201D} when asked about the fee.")
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "the board would \u{201C}wait and see\u{201D}")
  }
}

/// A phrase of time after the verb is no reported clause.
struct PrepositionOpenerTests {
  @Test func saidAfterTheAttacksClosesTheSentence() throws {
    let doc = analyze(
      "Port talks\n\n\u{201C}More pilots on the night shift\u{201D} would be the answer, candidate Ana Ruiz said after the attacks."
    )
    let quote = try #require(doc.quotes.first)
    #expect(quote.text == "\u{201C}More pilots on the night shift\u{201D} would be the answer")
    #expect(quote.speaker == "Ana Ruiz")
  }
}

/// Where a report ends at ", but …" and at a closing mark with its comma.
struct ContrastEndTests {
  @Test func butWithoutASubjectGoesOnWithTheReport() throws {
    let doc = analyze(
      "Ferry plan\n\nOkafor says the fares are \u{201C}open to talks,\u{201D} but only for students and pensioners."
    )
    let quote = try #require(doc.quote(containing: "open to talks"))
    #expect(quote.text.contains("students and pensioners"))
  }

  @Test func butWithASubjectStartsTheWritersClause() throws {
    let doc = analyze(
      "Ferry plan\n\nOkafor says the fares are \u{201C}open to talks,\u{201D} but the union has already rejected them.")
    let quote = try #require(doc.quote(containing: "open to talks"))
    #expect(!quote.text.contains("union"))
  }

  @Test func accordingToAfterTheClosingMarkHoldsTheReport() throws {
    let doc = analyze(
      "Crane order\n\nA clerk said the memo was written to \u{201C}keep the dockers calm,\u{201D} according to the audit."
    )
    let outer = try #require(doc.quotes.first { $0.cue == "according to" })
    #expect(outer.speaker == "the audit")
    #expect(outer.text.hasPrefix("A clerk said"))
  }

  @Test func aPlaceSetOffByCommasMayStandBeforeThat() throws {
    let doc = analyze(
      "Ferry tour\n\nOkafor is telling a crowd in Port Ellis, County Cork, on the last day of the tour that he never wanted the job."
    )
    let quote = try #require(doc.quote(containing: "never wanted the job"))
    #expect(quote.cue == "telling")
    #expect(quote.text.hasPrefix("that"))
  }

  @Test func aSecondParticipleOfSayingStartsItsOwnReport() throws {
    let doc = analyze(
      "Ferry row\n\nRuiz turned on Okafor, calling him a \u{201C}bookkeeper\u{201D} and accusing him of \u{201C}hiding in the office.\u{201D}"
    )
    let first = try #require(doc.quote(containing: "bookkeeper"))
    #expect(!first.text.contains("accusing"))
    let second = try #require(doc.quote(containing: "hiding in the office"))
    #expect(second.cue == "accusing")
    #expect(second.speaker == "Ruiz")
  }

  @Test func andHasSaidStartsAnotherReport() throws {
    let doc = analyze(
      "Ferry row\n\nOkafor describes himself as \u{201C}a docker at heart\u{201D} and has said that he once worked the night shift."
    )
    let first = try #require(doc.quote(containing: "docker at heart"))
    #expect(!first.text.contains("night shift"))
  }
}
