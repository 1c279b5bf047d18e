import Testing

@testable import Sayso

/// One rule at a time: subject-verb-object, passives with "by", action nouns
/// and coordination, on short invented passages.
struct EventsClauseRuleTests {
  @Test func subjectVerbObject() throws {
    let doc = analyzeEvents("Egypt condemned France over the decision.")
    let e = try #require(doc.event(.accuse))
    #expect(e.source.text == "Egypt")
    #expect(e.target?.text == "France")
    #expect(doc.slice(e.trigger) == "condemned")
    #expect(e.evidence == "event.subject-verb-object")
    #expect(e.modality == .asserted)
  }

  @Test func objectAfterPreposition() throws {
    let doc = analyzeEvents("The Egyptian foreign minister met with his French counterpart in Cairo.")
    let e = try #require(doc.event(.consult))
    #expect(e.source.actorCode == "EGY GOV")
    #expect(e.target?.text == "his French counterpart")
  }

  @Test func passiveWithBy() throws {
    let doc = analyzeEvents("The convoy was attacked by militants near the border.")
    let e = try #require(doc.event(.assault))
    #expect(e.source.text == "militants")
    #expect(e.target?.text == "The convoy")
    #expect(e.evidence == "event.passive-by")
  }

  @Test func passiveWithoutAgentGivesNoEvent() {
    let doc = analyzeEvents("The convoy was attacked near the border.")
    #expect(doc.events.isEmpty)
  }

  @Test func possessiveVisit() throws {
    let doc = analyzeEvents("Iran's visit to Iraq ended on a warm note, officials noted.")
    let e = try #require(doc.event(.consult))
    #expect(e.source.actorCode == "IRN GOV")
    #expect(e.target?.text == "Iraq")
    #expect(e.evidence == "event.nominal-possessive")
  }

  @Test func talksBetween() throws {
    let doc = analyzeEvents("Talks between Egypt and Israel opened in a seaside town.")
    let e = try #require(doc.event(.consult))
    #expect(e.source.text == "Egypt")
    #expect(e.target?.text == "Israel")
    #expect(e.evidence == "event.nominal-between")
  }

  @Test func lightVerbNoun() throws {
    // PLOVER codes imposing sanctions as coercion (restriction).
    let doc = analyzeEvents("The United States imposed sanctions on Iran last year.")
    let e = try #require(doc.event(.coerce))
    #expect(e.source.actorCode == "USA GOV")
    #expect(e.target?.actorCode == "IRN GOV")
    #expect(e.evidence == "event.light-verb")
  }

  @Test func liftingSanctionsIsAConcession() throws {
    let doc = analyzeEvents("France lifted sanctions on Egypt.")
    #expect(doc.event(.concede)?.target?.text == "Egypt")
    #expect(doc.event(.coerce) == nil)
  }

  @Test func coordinatedSubjectsAgreeWithEachOther() throws {
    let doc = analyzeEvents("Iran and Iraq reached a security agreement.")
    let e = try #require(doc.event(.agree))
    #expect(e.source.actorCode == "IRN GOV")
    #expect(e.target?.actorCode == "IRQ GOV")
    #expect(e.evidence.hasSuffix("+coordination"))
  }

  @Test func coordinatedObjectsGiveOneEventEach() {
    let doc = analyzeEvents("The envoy met the president, the speaker and the prime minister.")
    let targets = doc.events.filter { $0.type == .consult }.compactMap { $0.target?.text }
    #expect(targets == ["the president", "the speaker", "the prime minister"])
  }

  @Test func signingAnAgreementIsSupport() throws {
    let doc = analyzeEvents("Egypt signed a trade agreement with France.")
    let e = try #require(doc.event(.support))
    #expect(e.target?.text == "France")
    #expect(e.evidence.hasSuffix("+signed"))
  }

  @Test func aGerundBeforeTheAgreementModifiesIt() throws {
    let doc = analyzeEvents("Egypt and France signed a data sharing agreement on Monday.")
    let e = try #require(doc.event(.support))
    #expect(e.source.text == "Egypt")
    #expect(e.target?.text == "France")
  }

  @Test func captionsInThePresentTenseAttendMeetings() throws {
    let doc = analyzeEvents("The Egyptian president attends a meeting of the Arab League in Cairo.")
    let e = try #require(doc.event(.consult))
    #expect(e.source.actorCode == "EGY GOV")
    #expect(e.target?.text == "the Arab League")
  }

  @Test func suspendingAidIsASanction() throws {
    let doc = analyzeEvents("France suspended military aid to Egypt.")
    #expect(doc.event(.sanction)?.target?.text == "Egypt")
  }

  @Test func promiseToReleaseIsAgreement() throws {
    let doc = analyzeEvents("Israel agreed to release the prisoners.")
    #expect(!doc.events.isEmpty)
    #expect(doc.events.allSatisfy { $0.type == .agree })
  }

  @Test func phoneCallToATitledPerson() throws {
    let doc = analyzeEvents("The Egyptian president called French President Anne Morel on Sunday.")
    let e = try #require(doc.event(.consult))
    #expect(e.mode == "phone")
    #expect(e.target?.actorCode == "FRA GOV")
  }

  @Test func labourStrikeIsAProtest() throws {
    let doc = analyzeEvents("Dock workers in the port went on strike for better pay.")
    let e = try #require(doc.event(.protest))
    #expect(e.mode == "strike")
    #expect(doc.event(.assault) == nil)
  }

  @Test func protestAgainstSomeone() throws {
    let doc = analyzeEvents("Students staged rallies in the capital against the Egyptian government.")
    let e = try #require(doc.event(.protest))
    #expect(e.target?.actorCode == "EGY GOV")
    #expect(analyzeEvents("Nurses struck for higher pay.").event(.protest) != nil)
  }

  @Test func tiesMadeOrBroken() throws {
    #expect(analyzeEvents("Egypt established diplomatic ties with Iraq.").event(.support)?.target?.text == "Iraq")
    #expect(analyzeEvents("Egypt severed ties with Iraq.").event(.sanction)?.target?.text == "Iraq")
    // Ties that are only described are no act.
    #expect(analyzeEvents("Egypt's ties with Iraq are close.").events.isEmpty)
  }

  @Test func appositionStaysWithItsName() throws {
    let doc = analyzeEvents("Karim Daou, the Lebanese foreign minister, condemned Israel.")
    let e = try #require(doc.event(.accuse))
    #expect(e.source.text == "Karim Daou, the Lebanese foreign minister")
    #expect(e.source.actorCode == "LBN GOV")
    #expect(e.target?.actorCode == "ISR GOV")
  }

  @Test func reportedTalkAloneGivesNoEvent() {
    let doc = analyzeEvents("The minister said the harbour would reopen next spring.")
    #expect(doc.events.isEmpty)
  }

  @Test func bareActionNounGivesNoEvent() {
    let doc = analyzeEvents("The attack came at dawn.")
    #expect(doc.events.isEmpty)
  }

  @Test func aPronounFusedWithBeMakesThePassive() {
    let doc = analyzeEvents("We’re warned that the time will come, the Iraqi minister said.")
    #expect(doc.events.isEmpty)
  }

  @Test func whoAttendsASummitTakesPartWhateverNameComesBeforeIt() throws {
    let doc = analyzeEvents("The French foreign minister attended the Arab League summit in Cairo.")
    let e = try #require(doc.event(.consult))
    #expect(e.source.text == "The French foreign minister")
    #expect(e.evidence == "event.light-verb")
  }

  @Test func takingPartInExercisesIsCooperation() throws {
    let doc = analyzeEvents("Egyptian troops took part in joint military exercises with French forces.")
    let e = try #require(doc.event(.cooperate))
    #expect(e.source.text == "Egyptian troops")
    #expect(e.target?.text == "French forces")
  }

  @Test func countriesParticipatingInDrillsCooperate() throws {
    let doc = analyzeEvents("Egypt and France participated in joint naval drills.")
    let e = try #require(doc.event(.cooperate))
    #expect(e.source.text == "Egypt")
    #expect(e.target?.text == "France")
  }

  @Test(arguments: ["to attack Egypt.", "To attack Egypt would be a mistake.", "to"])
  func anInfinitiveOpeningTheTextHasNoSubject(_ text: String) {
    // Reading back from "to" at the very first token used to index before the text.
    #expect(analyzeEvents(text).events.isEmpty)
  }
}
