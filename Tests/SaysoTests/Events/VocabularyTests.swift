import Testing

@testable import Sayso

/// Verbs of political action added to the trigger lexicon, each read with
/// its source and target.
struct VocabularyTests {
  @Test func capturingTerritoryIsAnAssault() throws {
    let doc = analyzeEvents("Iraqi troops captured the rebel stronghold of Tal Afar.")
    let e = try #require(doc.event(.assault))
    #expect(e.source.text == "Iraqi troops")
  }

  @Test func takingOverACityIsAnAssault() throws {
    let doc = analyzeEvents("The Iraqi army took over Kirkuk on Monday.")
    let e = try #require(doc.event(.assault))
    #expect(e.target?.text == "Kirkuk")
  }

  @Test func takingControlOfATownTargetsTheTown() throws {
    let doc = analyzeEvents("Iraqi forces took control of Tal Afar on Monday.")
    let e = try #require(doc.event(.assault))
    #expect(e.target?.text == "Tal Afar")
  }

  @Test func aWarningWithNoOneWarnedReportsTalk() {
    let doc = analyzeEvents("The Iraqi ministry warned that the talks could collapse within days.")
    #expect(doc.event(.threaten) == nil)
  }

  @Test func warningSomeoneIsAThreat() throws {
    let doc = analyzeEvents("Iran warned Israel that it would respond to any attack.")
    let e = try #require(doc.event(.threaten))
    #expect(e.target?.text == "Israel")
  }

  @Test func warningOfAStrikeHasNoTarget() {
    let doc = analyzeEvents("The Iraqi dockers’ union warned of a strike on Monday.")
    #expect(doc.events.allSatisfy { $0.target?.text.contains("strike") != true })
  }

  @Test func threatenedWalkoutIsNoTarget() throws {
    let doc = analyzeEvents("The Iraqi dockers’ union threatened a walkout over pay.")
    let e = try #require(doc.event(.threaten))
    #expect(e.target == nil)
  }

  @Test func threatToShellAPlaceTargetsIt() throws {
    let doc = analyzeEvents("Iran threatened to shell the border depot.")
    let e = try #require(doc.event(.threaten))
    #expect(e.target?.text == "the border depot")
  }

  @Test func releasedFiguresAreNoRetreat() {
    let doc = analyzeEvents("Figures released by the Iraqi ministry on Monday show exports rose.")
    #expect(doc.event(.retreat) == nil)
  }

  @Test func releasedPrisonersAreARetreat() throws {
    let doc = analyzeEvents("The Iraqi government released three of the detained fishermen on Monday.")
    let e = try #require(doc.event(.retreat))
    #expect(e.target?.text.contains("fishermen") == true)
  }

  @Test func givingASpeechIsNoAid() {
    let doc = analyzeEvents("The Iraqi president gave a long speech to parliament on Monday.")
    #expect(doc.event(.aid) == nil)
  }

  @Test func givingMoneyIsAid() throws {
    let doc = analyzeEvents("Iran gave $5 million in emergency aid to Iraq on Monday.")
    #expect(try #require(doc.event(.aid)).source.text == "Iran")
  }

  @Test func askingNotToBeNamedIsNoRequest() {
    let doc = analyzeEvents("One Iraqi official, who asked not to be named, said the border would reopen.")
    #expect(doc.event(.request) == nil)
  }

  @Test func headlineParticipleIsPassive() {
    let doc = analyzeEvents("Iranian captain jailed over tanker collision\n\nThe court ruled on Friday.")
    #expect(doc.events.allSatisfy { $0.source.text != "Iranian captain" })
  }

  @Test func backAfterBeIsNoSupport() {
    let doc = analyzeEvents("The Iraqi delegation is back at the negotiating table.")
    #expect(doc.event(.support) == nil)
  }

  @Test func backingAPlanIsSupport() throws {
    let doc = analyzeEvents("The Iraqi delegation backed the Iranian plan.")
    let e = try #require(doc.event(.support))
    #expect(e.source.text == "The Iraqi delegation")
  }

  @Test func aGovernmentTakingOverIsNoAssault() {
    let doc = analyzeEvents("Aid will resume when a new Iraqi government takes over.")
    #expect(doc.event(.assault) == nil)
  }

  @Test func aNationalityMayStandBeforeTheParticle() throws {
    let doc = analyzeEvents("Egypt lifted Iraqi restrictions on trade.")
    let e = try #require(doc.event(.concede))
    #expect(e.source.text == "Egypt")
  }

  @Test func companionsAreNotTheSubject() throws {
    let doc = analyzeEvents("Egypt along with its allies demanded that Iraq release the prisoners.")
    let e = try #require(doc.event(.request))
    #expect(e.source.text == "Egypt")
  }

  @Test func anOperationAgainstAGroupIsAnAssault() throws {
    let doc = analyzeEvents("The Iraqi army launched a military operation against rebel fighters.")
    let e = try #require(doc.event(.assault))
    #expect(e.source.text == "The Iraqi army")
  }

  @Test func aRescueOperationIsNoAssault() {
    let doc = analyzeEvents("The Iraqi army launched a rescue operation in the flooded villages.")
    #expect(doc.event(.assault) == nil)
  }

  @Test func pledgedSupportIsSupportFromTheOneWhoPledged() throws {
    let doc = analyzeEvents("The Egyptian president pledged his country's full support for the Iraqi government.")
    let e = try #require(doc.event(.support))
    #expect(e.source.text == "The Egyptian president")
    #expect(e.target?.text == "the Iraqi government")
  }

  @Test func aParticipleOfSpeechEndsTheSearchForATarget() throws {
    let doc = analyzeEvents(
      "The minister reaffirmed the country's support for the resistance, saying Egypt respects the affairs of other countries."
    )
    let e = try #require(doc.event(.support))
    #expect(e.target == nil)
  }

  @Test func expressedSolidarityIsSupport() throws {
    let doc = analyzeEvents("France expressed solidarity with Lebanon on Monday.")
    let e = try #require(doc.event(.support))
    #expect(e.target?.text == "Lebanon")
  }

  @Test func joiningForcesIsCooperation() throws {
    let doc = analyzeEvents("Egypt will join forces with Iraq against the smugglers.")
    let e = try #require(doc.events.first { $0.source.text == "Egypt" })
    #expect(e.target?.text == "Iraq")
  }

  @Test func raisingMoneyForSomeoneIsAid() throws {
    let doc = analyzeEvents("The Egyptian Red Crescent is raising money for Iraqi refugees.")
    let e = try #require(doc.event(.aid))
    #expect(e.target?.text == "Iraqi refugees")
  }

  @Test func forcingAPlaneToLandIsCoercion() throws {
    let doc = analyzeEvents("Iraqi fighter jets forced a Turkish cargo plane to land in Mosul.")
    let e = try #require(doc.event(.coerce))
    #expect(e.target?.text == "a Turkish cargo plane")
  }

  @Test func forcesAreAnArmyNotAVerb() {
    let doc = analyzeEvents("Iraqi forces have begun their assault on the rebel-held old city of Mosul.")
    #expect(doc.event(.coerce) == nil)
  }

  @Test func martialLawIsCoercion() throws {
    let doc = analyzeEvents("The Iraqi army imposed martial law in Mosul.")
    let e = try #require(doc.event(.coerce))
    #expect(e.source.text == "The Iraqi army")
  }

  @Test func prolongingSanctionsKeepsThemInForce() throws {
    let doc = analyzeEvents("The European Union is prolonging sanctions against Iraq.")
    let e = try #require(doc.event(.coerce))
    #expect(e.target?.text == "Iraq")
  }

  @Test func aVerdictOfGuiltIsAnAccusation() throws {
    let doc = analyzeEvents("A court in Cairo found the former Iraqi minister guilty of fraud.")
    let e = try #require(doc.event(.accuse))
    #expect(e.source.text == "A court in Cairo")
    #expect(e.target?.text == "the former Iraqi minister")
  }

  @Test func findingEvidenceIsNoAccusation() {
    let doc = analyzeEvents("Iraqi police found new evidence in the case.")
    #expect(doc.event(.accuse) == nil)
  }

  @Test func legalActionIsAnAccusation() throws {
    let doc = analyzeEvents("The European Commission launched legal action against the Iraqi government.")
    let e = try #require(doc.event(.accuse))
    #expect(e.target?.text == "the Iraqi government")
  }

  @Test func searchingAResidenceIsAnInvestigation() throws {
    let doc = analyzeEvents("Turkish police searched the offices of an Iraqi newspaper on Wednesday.")
    #expect(doc.event(.accuse) != nil)
  }

  @Test func tortureByGuardsIsTheirAssault() throws {
    let doc = analyzeEvents("A young inmate was tortured to death by prison guards in Basra.")
    let e = try #require(doc.event(.assault))
    #expect(e.source.text.hasPrefix("prison guards"))
  }

  @Test func burningAFlagIsAProtest() throws {
    let doc = analyzeEvents("Protesters in Basra burned the Egyptian flag on Friday.")
    let e = try #require(doc.event(.protest))
    #expect(e.source.text == "Protesters in Basra")
  }

  @Test func employeesStoppingWorkProtest() throws {
    let doc = analyzeEvents("About 1,100 contract employees stopped work in a strike for higher wages.")
    #expect(doc.event(.protest) != nil)
  }

  @Test func aLeaderArrivingInACapitalVisits() throws {
    let doc = analyzeEvents("Iraqi President Ali Hamid arrived in Cairo on Wednesday.")
    let e = try #require(doc.event(.consult))
    #expect(e.mode == "visit")
    #expect(e.target?.text == "Cairo")
  }

  @Test func troopsArrivingAreNoVisit() {
    let doc = analyzeEvents("Hundreds of Egyptian troops have arrived in Iraq.")
    #expect(doc.event(.consult) == nil)
  }

  @Test func closingCrossingsIsCoercion() throws {
    let doc = analyzeEvents("The Iraqi army closed all crossing points into the Kurdish region.")
    #expect(doc.event(.coerce) != nil)
  }

  @Test func reachingAConsensusIsAnAgreement() throws {
    let doc = analyzeEvents("Iraq and Egypt reached a consensus on water sharing.")
    #expect(doc.event(.agree) != nil)
  }

  @Test func anAssaultTheyBeganIsTheirs() throws {
    let doc = analyzeEvents("Iraqi forces have begun their assault on the rebel-held old city of Mosul.")
    let e = try #require(doc.event(.assault))
    #expect(e.source.text == "Iraqi forces")
  }

  @Test func aLongHeldRejectionStillRejects() throws {
    let doc = analyzeEvents("The rebels have long rejected any talks with the Iraqi government.")
    let e = try #require(doc.event(.reject))
    #expect(e.source.text == "The rebels")
  }

  @Test func beatingUpDetaineesIsAnAssault() throws {
    let doc = analyzeEvents("Israeli soldiers beat up Lebanese detainees.")
    let e = try #require(doc.event(.assault))
    #expect(e.target?.actorCode == "LBN CVL")
  }

  @Test func cancellingRestrictionsIsAConcession() throws {
    let doc = analyzeEvents("The Iraqi government cancelled restrictions on foreign journalists.")
    #expect(doc.event(.concede) != nil)
  }

  @Test func cancellingAVisitIsNoConcession() {
    let doc = analyzeEvents("The Iraqi government cancelled a visit by foreign journalists.")
    #expect(doc.event(.concede) == nil)
  }

  @Test func recallingAnAmbassadorIsASanction() throws {
    let doc = analyzeEvents("France recalled its ambassador to Egypt.")
    let e = try #require(doc.event(.sanction))
    #expect(e.source.text == "France")
  }

  @Test func cuttingTiesIsASanction() throws {
    let doc = analyzeEvents("Egypt cut ties with Iran on Monday.")
    let e = try #require(doc.event(.sanction))
    #expect(e.target?.text == "Iran")
  }

  @Test func blockingAResolutionIsARejection() throws {
    let doc = analyzeEvents("Russia blocked a resolution on Ukraine at the Security Council.")
    #expect(doc.event(.reject) != nil)
  }

  @Test func warGamesAreAJointExercise() throws {
    let doc = analyzeEvents("French and Egyptian warships on Monday launched ten days of war games at sea.")
    #expect(doc.event(.assault) == nil)
    let e = try #require(doc.event(.cooperate))
    #expect(e.source.text == "French")
    #expect(e.target?.text == "Egyptian warships")
  }

  @Test func allowingSomeoneToActIsAnAgreement() throws {
    let doc = analyzeEvents("Egypt will allow up to 3,000 refugees to return home.")
    let e = try #require(doc.event(.agree))
    #expect(e.source.text == "Egypt")
    #expect(e.target?.text == "3,000 refugees")
  }

  @Test func beingAllowedIsAPassiveWithNoAgent() {
    let doc = analyzeEvents("Egyptian workers were not allowed to leave.")
    #expect(doc.events.isEmpty)
  }

  @Test func aHeadOfStateIsASubject() throws {
    let doc = analyzeEvents("The Egyptian head of state will meet the French president.")
    let e = try #require(doc.events.first)
    #expect(e.source.text == "The Egyptian head of state")
  }

  @Test func quashingADecisionIsARejection() throws {
    let doc = analyzeEvents("Egypt's highest court quashed a lower court decision.")
    #expect(doc.event(.reject)?.source.text == "Egypt's highest court")
  }

  @Test func beefingUpTroopsIsAMobilization() {
    let doc = analyzeEvents("Israel has beefed up its troop presence along the border.")
    #expect(doc.event(.mobilize)?.source.text == "Israel")
  }

  @Test func hackingIsCoercion() {
    let doc = analyzeEvents("Iran tried to hack into the computers of Israeli army officers.")
    #expect(doc.event(.coerce)?.target?.text == "Israeli army officers")
  }

  @Test func anAmountInAssistanceKeepsItsLightVerb() throws {
    let doc = analyzeEvents("Egypt announced nearly $33 million in additional assistance to refugees in Iraq.")
    let e = try #require(doc.event(.aid))
    #expect(e.source.text == "Egypt")
  }

  @Test func sidingWithSomeoneIsSupport() {
    let doc = analyzeEvents("Egypt sided with Iraq in the dispute.")
    #expect(doc.event(.support)?.target?.text == "Iraq")
  }

  @Test func demandingAWithdrawalAsksTheForcesToLeave() throws {
    let doc = analyzeEvents("Egypt demanded the withdrawal of Israeli forces from the border town.")
    let e = try #require(doc.events.first)
    #expect(e.type == .request)
    #expect(e.target?.text == "Israeli forces")
  }

  @Test func demandingAnApologyIsARequest() throws {
    let doc = analyzeEvents("Ukraine demanded an apology from the Prime Minister of France.")
    let e = try #require(doc.events.first)
    #expect(e.type == .request)
    #expect(e.target?.text == "the Prime Minister of France")
  }

  @Test func blockingAVoteIsARejection() {
    let doc = analyzeEvents("The Egyptian parliament blocked a vote on the bill.")
    #expect(doc.event(.reject)?.source.text == "The Egyptian parliament")
  }

  @Test func firingAcrossALineIsAnAssaultBetweenTheSides() throws {
    let doc = analyzeEvents("In recent months Egypt and Israel have fired across the ceasefire line.")
    let e = try #require(doc.event(.assault))
    #expect(e.source.text == "Egypt")
    #expect(e.target?.text == "Israel")
  }

  @Test func aSpanOfTimeEndsTheObject() throws {
    let doc = analyzeEvents("The Security Council lifted sanctions imposed on Egypt nine years ago.")
    #expect(doc.events.first?.target?.text == "Egypt")
  }

  @Test func anArmsEmbargoIsANoun() throws {
    let doc = analyzeEvents("The UN renewed the arms embargo on Iran.")
    let e = try #require(doc.event(.coerce))
    #expect(e.source.text == "The UN")
    #expect(e.target?.text == "Iran")
  }

  @Test func trainingForcesIsAid() throws {
    let doc = analyzeEvents("The U.S. military is training Iraqi pilots.")
    let e = try #require(doc.event(.aid))
    #expect(e.source.actorCode == "USA MIL")
    #expect(e.target?.text == "Iraqi pilots")
  }

  @Test func trainingWithoutForcesNamedIsNoAid() {
    #expect(analyzeEvents("The minister trained as a lawyer in Cairo.").event(.aid) == nil)
    #expect(analyzeEvents("Egypt trained hackers capable of attacks against Israel.").event(.aid) == nil)
  }

  @Test func suspendingANewspaperIsCoercion() throws {
    let doc = analyzeEvents("Egyptian authorities suspended publication of the country's largest newspaper.")
    let e = try #require(doc.event(.coerce))
    #expect(e.target?.text == "the country's largest newspaper")
  }

  @Test func increasingTroopsIsMobilization() throws {
    let doc = analyzeEvents("Egypt increased its troops in Libya.")
    let e = try #require(doc.event(.mobilize))
    #expect(e.source.text == "Egypt")
    #expect(e.target?.text == "Libya")
  }

  @Test func forcesHitTheirTargets() throws {
    let doc = analyzeEvents("Israeli jets hit targets in Lebanon on Monday.")
    let e = try #require(doc.event(.assault))
    #expect(e.source.actorCode == "ISR MIL")
  }

  @Test func stormsAndPricesHitNoOne() {
    #expect(analyzeEvents("The storm hit Egypt on Monday.").events.isEmpty)
    #expect(analyzeEvents("Prices hit a record in March.").events.isEmpty)
    #expect(analyzeEvents("Egypt was hit by a storm.").events.isEmpty)
  }

  @Test(arguments: ["finance", "aid", "defence"])
  func aWordBeforeATitleNamesTheOfficesField(_ field: String) {
    let doc = analyzeEvents("Lebanon's \(field) minister resigned on Tuesday.")
    #expect(doc.events.allSatisfy { $0.type == .retreat })
  }
}
