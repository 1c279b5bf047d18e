import Testing

@testable import Sayso

/// Targets found beyond the verb's object: a side waited on, the other of
/// two fighting sides, and no recipient in an infinitive.
struct ClauseTargetTests {
  @Test func theOneAConditionWaitsOnIsTheTarget() throws {
    let doc = analyzeEvents("Egypt will not lift the embargo until Iraq releases the prisoners.")
    let e = try #require(doc.events.first { $0.source.text == "Egypt" })
    #expect(e.target?.text == "Iraq")
  }

  @Test func aReporterStaysTheSubjectPastATimeWord() throws {
    let doc = analyzeEvents("The Egyptian president said today that he has refused to meet the rebel leader.")
    let e = try #require(doc.event(.reject))
    #expect(e.source.text == "The Egyptian president")
  }

  @Test func anAgencyInACityKeepsItsName() throws {
    let doc = analyzeEvents("UNICEF in Cairo delivered medical supplies to Iraq.")
    let e = try #require(doc.event(.aid))
    #expect(e.source.text == "UNICEF in Cairo")
  }

  @Test func aGeneralStrikeIsNoActorToThreaten() throws {
    let doc = analyzeEvents("Lebanese workers threatened to hold a general strike unless Israel ends the blockade.")
    let e = try #require(doc.event(.threaten))
    #expect(e.target?.text == "Israel")
  }

  @Test func theAgentOfAPassiveConditionIsTheTarget() throws {
    let doc = analyzeEvents("Teachers will not end the strike until their demands are met by the Iraqi government.")
    let e = try #require(doc.events.first)
    #expect(e.source.text == "Teachers")
    #expect(e.target?.text == "the Iraqi government")
  }

  @Test func coordinatedSidesViolatingACeasefireFightEachOther() throws {
    let doc = analyzeEvents("Egypt and Iraq are violating the ceasefire agreement again.")
    let e = try #require(doc.event(.assault))
    #expect(e.source.text == "Egypt")
    #expect(e.target?.text == "Iraq")
  }

  @Test func anInfinitiveIsNoRecipient() throws {
    let doc = analyzeEvents("France granted the Lebanese government a loan to rebuild Beirut.")
    let e = try #require(doc.event(.aid))
    #expect(e.target?.text != "rebuild Beirut")
  }

  @Test func aBareNameBorrowsNoCountry() throws {
    let doc = analyzeEvents("Ana Ruiz will not lift the embargo until Iraq releases the prisoners.")
    let e = try #require(doc.events.first { $0.source.text == "Ana Ruiz" })
    #expect(e.source.actorCode == nil)
  }

  @Test func workersWhoStoppedWorkProtest() throws {
    let doc = analyzeEvents("Dock crews across Iraq stopped work on Monday.")
    let e = try #require(doc.event(.protest))
    #expect(e.source.text == "Dock crews across Iraq")
  }

  @Test func sidesGuiltyOfViolatingACeasefireFightEachOther() throws {
    let doc = analyzeEvents("Egypt and Iraq were guilty of violating the ceasefire agreement.")
    let e = try #require(doc.event(.assault))
    #expect(e.source.text == "Egypt")
    #expect(e.target?.text == "Iraq")
  }

  @Test func chargesAgainstSomeoneAccuseThem() throws {
    let doc = analyzeEvents("Iraqi police filed new charges against the Egyptian consul on Tuesday.")
    let e = try #require(doc.event(.accuse))
    #expect(e.target?.text.hasSuffix("the Egyptian consul") == true)
  }

  @Test func liftingAStateOfEmergencyConcedes() {
    #expect(analyzeEvents("Egypt lifted a state of emergency in Cairo.").event(.concede) != nil)
  }

  @Test func aParticipleClauseHidesItsPhrasesFromTheTarget() {
    let doc = analyzeEvents("Egypt condemned the plan on Monday, calling it “a blow to Iraq.”")
    #expect(!doc.events.contains { $0.target?.text == "Iraq" })
  }

  @Test func aStrayCommaAfterTheSubjectKeepsIt() throws {
    let doc = analyzeEvents("Egyptian Prime Minister Ana Ruiz, called French President Tomas Arce on Friday.")
    let e = try #require(doc.event(.consult))
    #expect(e.source.text == "Egyptian Prime Minister Ana Ruiz")
  }

  @Test func aDateBetweenCommasStandsBetweenSubjectAndVerb() throws {
    let doc = analyzeEvents("Human rights groups in Egypt, on Tuesday, condemned the raids by the police.")
    let e = try #require(doc.event(.accuse))
    #expect(e.source.text == "Human rights groups in Egypt")
  }

  @Test func aStatementActsForWhoeverIssuedIt() throws {
    let doc = analyzeEvents("Iran issued a statement condemning Israel.")
    let e = try #require(doc.event(.accuse))
    #expect(e.source.text == "Iran")
    #expect(e.target?.text == "Israel")
  }

  @Test func aStatementDemandingThatAsksTheClauseSubject() throws {
    let doc = analyzeEvents("The opposition party issued a statement demanding that the Egyptian government resign.")
    let e = try #require(doc.event(.request))
    #expect(e.source.text == "The opposition party")
    #expect(e.target?.text == "the Egyptian government")
  }

  @Test func aComplaintToABodyAccusesTheOneAfterOver() throws {
    let doc = analyzeEvents("Lebanon complained to the United Nations on Tuesday over two Israeli air raids.")
    let e = try #require(doc.event(.accuse))
    #expect(e.target?.text == "two Israeli air raids")
  }

  @Test func aComplaintFiledWithACouncilAccusesTheOneAfterAgainst() throws {
    let doc = analyzeEvents(
      "An Egyptian lawyer filed a complaint with the UN council on Sunday against the Iraqi state.")
    let e = try #require(doc.event(.accuse))
    #expect(e.target?.text == "the Iraqi state")
  }

  @Test func theAccusedObjectStaysTheTarget() throws {
    let doc = analyzeEvents("Egypt accused Israel of war crimes against Palestinians.")
    #expect(doc.event(.accuse)?.target?.text == "Israel")
  }

  @Test func aNameThatIsAlsoAVerbStaysInThePhrase() throws {
    let doc = analyzeEvents("Egyptian police arrested Said Ruiz on Sunday.")
    #expect(doc.event(.coerce)?.target?.text == "Said Ruiz")
    let plan = analyzeEvents("The French parliament rejected Prime Minister Ana May's plan.")
    #expect(plan.event(.reject)?.target?.text == "Prime Minister Ana May's plan")
  }

  @Test func aTitleKeepsItsFor() throws {
    let doc = analyzeEvents("The Egyptian Minister for Interior Ana Ruiz allowed the opposition to hold a rally.")
    let e = try #require(doc.events.first)
    #expect(e.source.text == "The Egyptian Minister for Interior Ana Ruiz")
    #expect(e.source.actorCode == "EGY GOV")
  }

  @Test func bothBeforeAVerbLeavesItAVerb() {
    let doc = analyzeEvents("Egypt and France have both indicted Ana Ruiz for the attacks.")
    #expect(doc.events.filter { $0.type == .accuse }.map(\.source.text) == ["Egypt", "France"])
  }

  @Test func aPublishedDeclarationActsForItsPublisher() throws {
    let doc = analyzeEvents("Egyptian activists published a declaration demanding that the government resign.")
    let e = try #require(doc.event(.request))
    #expect(e.source.text == "Egyptian activists")
  }

  @Test func aPluralsApostropheStaysInsideAName() throws {
    let doc = analyzeEvents("The rebel Kurdistan Workers' Party attacked a police station near the border.")
    let e = try #require(doc.event(.assault))
    #expect(e.source.text == "The rebel Kurdistan Workers' Party")
    #expect(e.target?.text == "a police station")
    #expect(doc.event(.mobilize) == nil)
  }

  @Test func membersStandForTheirBody() throws {
    let doc = analyzeEvents("Egyptian police arrested 40 members of the banned Muslim Brotherhood on Monday.")
    let e = try #require(doc.event(.coerce))
    #expect(e.target?.text == "40 members of the banned Muslim Brotherhood")
  }

  @Test func thePartiesOfTalksAreTheTarget() throws {
    let doc = analyzeEvents("Egypt reiterated its support for the negotiations among Iraqi factions.")
    let e = try #require(doc.event(.support))
    #expect(e.source.text == "Egypt")
    #expect(e.target?.text == "Iraqi factions")
  }

  @Test func whatIsBuiltGoesToThePlaceNamed() throws {
    let doc = analyzeEvents("Egypt has agreed to set up a research centre for refugees in Iraq.")
    let e = try #require(doc.event(.agree))
    #expect(e.source.text == "Egypt")
    #expect(e.target?.text == "Iraq")
  }

  @Test func openingBordersIsNoBuilding() throws {
    let doc = analyzeEvents("Egypt agreed to open its borders to Iraqi refugees.")
    let e = try #require(doc.event(.agree))
    #expect(e.target?.text == "Iraqi refugees")
  }

  @Test func aTitleOrInitialWithItsStopStaysInTheName() throws {
    let doc = analyzeEvents("Police in Tehran detained Gen. Tomas Arce and Ana J. Ruiz on Monday.")
    let e = try #require(doc.event(.coerce))
    #expect(e.target?.text.hasPrefix("Gen. Tomas Arce") == true)
  }

  @Test func aFullStopEndingTheSentenceIsNoTitle() throws {
    let doc = analyzeEvents("Iran sanctioned the bank of Gen. Arce. Officials met later.")
    let e = try #require(doc.event(.sanction))
    #expect(e.target?.text.contains("Officials") == false)
  }
}
