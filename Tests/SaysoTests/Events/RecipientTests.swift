import Testing

@testable import Sayso

/// The other side of an act when the verb's object is a thing, a phrase
/// trigger swallows the object, or the subjects are coordinated.
struct RecipientTests {
  @Test func aSumGivenFindsItsRecipientLateInTheClause() throws {
    let doc = analyzeEvents(
      "France has provided more than 40 million euros for medical research and emergency food aid"
        + " to stem the outbreak in Lebanon.")
    let e = try #require(doc.event(.aid))
    #expect(e.target?.text == "Lebanon")
  }

  @Test func aStatementReleasedIsNoOneSetFree() {
    let doc = analyzeEvents("Egypt released a statement on Monday about the talks.")
    #expect(doc.events.isEmpty)
  }

  @Test func coordinatedSubjectsMeetThePartnerNamedAfterWith() {
    let doc = analyzeEvents("Egypt and France held talks with Iraq on Monday.")
    let pairs = doc.events.filter { $0.type == .consult }.map { "\($0.source.text)>\($0.target?.text ?? "")" }
    #expect(pairs == ["Egypt>Iraq", "France>Iraq"])
  }

  @Test func eachSideAfterWithIsNoPartner() {
    let doc = analyzeEvents(
      "Egypt and Iraq failed to reach agreement on the treaty, with each side rejecting the other's proposals.")
    #expect(doc.events.contains { $0.type == .reject && $0.source.text == "Egypt" && $0.target?.text == "Iraq" })
  }

  @Test func theOwnerOfAViolatedCeasefireIsTheTarget() throws {
    let doc = analyzeEvents("Rebels violated Iraq's ceasefire in the north.")
    let e = try #require(doc.event(.assault))
    #expect(e.source.text == "Rebels")
    #expect(e.target?.text == "Iraq's")
  }

  @Test func aRaidIsAimedAtWhatItTargets() throws {
    let doc = analyzeEvents("Israeli warplanes carried out a raid on Sunday, targeting militant commanders in Lebanon.")
    let e = try #require(doc.events.first)
    #expect(e.source.text == "Israeli warplanes")
    #expect(e.target?.text == "militant commanders")
  }

  @Test func aDeterminerOpensTheSubjectAfterAFrontedPhrase() throws {
    let doc = analyzeEvents("At a meeting the strikers accepted the offer from the company.")
    let e = try #require(doc.events.first)
    #expect(e.source.text == "the strikers")
    #expect(e.source.actorCode == "--- LAB")
  }

  @Test func aSecondParticipleSharesThePassive() {
    let doc = analyzeEvents("Two men were tortured and killed by security forces.")
    let assaults = doc.events.filter { $0.type == .assault }
    #expect(!assaults.isEmpty)
    #expect(assaults.allSatisfy { $0.source.text == "security forces" && $0.target?.text == "Two men" })
  }

  @Test func aTribeIsAnActor() throws {
    let doc = analyzeEvents("The tribe agreed to end the protest.")
    let e = try #require(doc.event(.agree))
    #expect(e.source.actorCode == "--- CVL")
  }

  @Test func aParticipleClauseNamesNoRecipient() throws {
    let doc = analyzeEvents("Egypt released 40 activists, bringing to 79 the number of people freed this week.")
    let e = try #require(doc.events.first { $0.source.text == "Egypt" })
    #expect(e.target?.text == "40 activists")
  }

  @Test func whatIsSurrenderedGoesToTheOneAfterTo() throws {
    let doc = analyzeEvents("Rebel fighters surrendered their last strip of territory in Iraq to government forces.")
    let e = try #require(doc.event(.concede))
    #expect(e.target?.text == "government forces")
  }

  @Test func aCounterpartTakesInTheNameAfterIt() throws {
    let doc = analyzeEvents("Egypt's foreign minister met his French counterpart, Ana Ruiz, on Monday.")
    let e = try #require(doc.event(.consult))
    #expect(e.target?.text == "his French counterpart, Ana Ruiz")
  }

  @Test func forcesWithdrawFromAPlace() throws {
    let doc = analyzeEvents("Egypt withdrew its troops from a buffer zone along the border.")
    let e = try #require(doc.events.first)
    #expect(e.target?.text == "a buffer zone")
  }

  @Test func aProtestIsAimedAtTheOneItWantsGone() throws {
    let doc = analyzeEvents(
      "Thousands protested in Cairo on Friday, demanding the resignation of the Egyptian prime minister.")
    let e = try #require(doc.event(.protest))
    #expect(e.target?.text == "the Egyptian prime minister")
  }

  @Test func aResignationLeavesTheOfficeOfAPlace() throws {
    let doc = analyzeEvents("Ana Ruiz resigned as president of Egypt on Sunday.")
    let e = try #require(doc.event(.retreat))
    #expect(e.target?.text == "Egypt")
  }

  @Test func examplesAfterSuchAsDoNotEndTheSearch() throws {
    let doc = analyzeEvents("France has sent emergency supplies and personnel such as doctors to Lebanon.")
    let e = try #require(doc.event(.aid))
    #expect(e.target?.text == "Lebanon")
  }

  @Test func everyItemOfAListActs() {
    let doc = analyzeEvents("Britain, France and Germany condemned the decision of Iran.")
    let sources = doc.events.filter { $0.type == .accuse }.map(\.source.text)
    #expect(sources == ["Britain", "France", "Germany"])
  }

  @Test func aFrontedPlaceIsNoListItem() {
    let doc = analyzeEvents("In Cairo, Egypt and Iraq signed a security agreement.")
    #expect(!doc.events.contains { $0.source.text.contains("Cairo") })
  }

  @Test func aSectorWordAfterADeterminerMakesANoun() {
    let doc = analyzeEvents("The United States suspended part of a military aid program for Lebanon.")
    #expect(!doc.events.contains { $0.source.text.hasPrefix("part") })
  }

  @Test func fundingToFightSomethingGoesToThePlace() throws {
    let doc = analyzeEvents("France announced a sixfold increase in funding to fight the epidemic in Lebanon.")
    let e = try #require(doc.event(.aid))
    #expect(e.source.text == "France")
    #expect(e.target?.text == "Lebanon")
  }

  @Test func aidToAHyphenatedPlaceIsNoInfinitive() throws {
    let doc = analyzeEvents("France has promised to continue military aid to war-torn Lebanon.")
    #expect(doc.events.contains { $0.target?.text.contains("Lebanon") == true })
  }

  @Test func anActorNamedInsideAnActActs() throws {
    let doc = analyzeEvents("French aid also supported two million more Lebanese girls going to school.")
    let e = try #require(doc.events.first)
    #expect(e.source.text == "French")
  }

  @Test func anActionWordInsideANameIsNoAct() {
    let doc = analyzeEvents("The Federal Bureau of Investigation has opened investigations of four Egyptian banks.")
    #expect(doc.events.allSatisfy { $0.source.text == "The Federal Bureau of Investigation" })
  }

  @Test func peopleReleasedStayTheTarget() throws {
    let doc = analyzeEvents("Egyptian police released two French journalists to the Red Cross on Monday.")
    let e = try #require(doc.event(.retreat))
    #expect(e.target?.text == "two French journalists")
  }
}
