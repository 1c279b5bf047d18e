import Testing

@testable import Sayso

/// Subjects carrying a participle phrase, intents expressed as nouns, and
/// things received from a giver.
struct SubjectModifierTests {
  @Test func aParticiplePhraseAfterTheSubjectModifiesIt() throws {
    let doc = analyzeEvents("The Arab coalition fighting Houthi rebels in Yemen has declared a ceasefire.")
    let e = try #require(doc.event(.retreat))
    #expect(e.source.text == "The Arab coalition")
  }

  @Test func anIngActionAfterANounOfActorsIsAParticiple() throws {
    let doc = analyzeEvents("Government troops fighting Houthi rebels in Yemen have retaken the port.")
    let pairs = doc.events.map { "\($0.type.rawValue) \($0.source.text)>\($0.target?.text ?? "")" }
    #expect(pairs.contains("ASSAULT Government troops>Houthi rebels"))
    #expect(!pairs.contains { $0.hasPrefix("ASSAULT Houthi") })
  }

  @Test func aPastParticipleCountsBeforeAPreposition() throws {
    let doc = analyzeEvents("Hundreds of Turkish troops based in Qatar began an exercise with the Qatari army.")
    let e = try #require(doc.event(.cooperate))
    #expect(e.source.text == "Hundreds of Turkish troops")
  }

  @Test func aVerbAfterTheObjectOfDemandIsNoParticiple() {
    let doc = analyzeEvents("Protesters demanded the ministers resign over the scandal.")
    #expect(!doc.events.contains { $0.source.text == "Protesters" && $0.type == .retreat })
  }

  @Test func aSingleAircraftCanAttack() throws {
    let doc = analyzeEvents("An Israeli army helicopter attacked a convoy of militants near Gaza on Friday.")
    let e = try #require(doc.event(.assault))
    #expect(e.source.text == "An Israeli army helicopter")
    #expect(e.source.actorCode == "ISR MIL")
  }

  @Test func theOneCommittedToAnActIsItsSource() throws {
    let doc = analyzeEvents("The Kenyan navy reaffirmed its commitment to support the Somali coast guard.")
    let e = try #require(doc.events.first)
    #expect(e.source.text == "The Kenyan navy")
    #expect(e.target?.text == "the Somali coast guard")
    // Support promised for later is an agreement to support.
    #expect(e.type == .agree)
  }

  @Test func aGiftReceivedComesFromItsGiver() throws {
    let doc = analyzeEvents("Malawi received $12 million in emergency aid from Norway last month.")
    let e = try #require(doc.event(.aid))
    #expect(e.source.text == "Norway")
    #expect(e.target?.text == "Malawi")
  }

  @Test func somethingReceivedWithoutAGiverIsNoEvent() {
    #expect(analyzeEvents("Malawi received emergency aid last month.").events.isEmpty)
  }

  @Test func anInvitationIsAnAgreementToMeet() throws {
    let doc = analyzeEvents("The Chilean president received an invitation from the Peruvian government to visit Lima.")
    let e = try #require(doc.event(.agree))
    #expect(e.source.text == "the Peruvian government")
    #expect(e.target?.text == "The Chilean president")
  }

  @Test func aShortAsideBetweenCommasIsSkipped() throws {
    let doc = analyzeEvents("The president, so far, has refused to send troops to Lebanon.")
    let e = try #require(doc.event(.reject))
    #expect(e.source.text == "The president")
    #expect(e.target?.text == "Lebanon")
  }

  @Test func aNameWithALongAppositionStillActs() throws {
    let doc = analyzeEvents(
      "Maria Lopez, the first woman elected to the post, has refused to meet with the Egyptian envoy.")
    let e = try #require(doc.event(.reject))
    #expect(e.source.text.hasPrefix("Maria Lopez"))
  }

  @Test func aReporterAfterASubordinatorStandsForIt() throws {
    let doc = analyzeEvents(
      "That came a day after the Israeli army said it had launched airstrikes against a camp in Lebanon.")
    let e = try #require(doc.event(.assault))
    #expect(e.source.text == "the Israeli army")
  }

  @Test func demonstratingAFactIsNoProtest() {
    let doc = analyzeEvents(
      "Despite the propaganda, the militia demonstrates that it has more firepower than the army.")
    #expect(doc.event(.protest) == nil)
  }

  @Test func receivingSomeoneIsAMeeting() throws {
    let doc = analyzeEvents("The Egyptian president received his French counterpart on Thursday.")
    let e = try #require(doc.event(.consult))
    #expect(e.target?.text == "his French counterpart")
  }

  @Test func receivingALetterIsNoMeeting() {
    let doc = analyzeEvents("The Egyptian president received a letter from Iran.")
    #expect(doc.event(.consult) == nil)
  }

  @Test func aLongRelativeClauseWithCommasIsSkipped() throws {
    let doc = analyzeEvents(
      "Haddad, who leads the army and controls much of the country's eastern, western and southern regions,"
        + " launched an offensive in April on Beirut.")
    let e = try #require(doc.event(.assault))
    #expect(e.source.text == "Haddad")
    #expect(e.target?.text == "Beirut")
  }

  @Test func aPrepositionalAsideIsSkipped() throws {
    let doc = analyzeEvents("The Ministry of Health, under pressure from the president, demanded support from France.")
    let e = try #require(doc.event(.request))
    #expect(e.source.text == "The Ministry of Health")
    #expect(e.target?.text == "France")
  }

  @Test func aParticipleWithItsAgentIsAReducedPassive() throws {
    let doc = analyzeEvents("The Houthis, backed by Iran, attacked the port.")
    let support = try #require(doc.event(.support))
    #expect(support.source.text == "Iran")
    #expect(support.target?.text == "The Houthis")
    let attack = try #require(doc.event(.assault))
    #expect(attack.source.text == "The Houthis")
  }

  @Test func aModifierThatIsATriggerOnlyWithItsParticleStaysAModifier() throws {
    let doc = analyzeEvents("Students staged mass demonstrations on Saturday against the Egyptian government.")
    let e = try #require(doc.event(.protest))
    #expect(e.source.text == "Students")
  }

  @Test func aligningWithSomeoneSupportsThem() throws {
    let doc = analyzeEvents("The Russian government has aligned with Iran.")
    let e = try #require(doc.event(.support))
    #expect(e.target?.text == "Iran")
  }

  @Test func aYearBetweenSubjectAndVerbIsSkipped() throws {
    let doc = analyzeEvents("The Egyptian president in 2019 refused to meet with the Iraqi envoy.")
    let e = try #require(doc.event(.reject))
    #expect(e.source.text == "The Egyptian president")
  }

  @Test func gatheringForAMeetingIsAMeeting() throws {
    let doc = analyzeEvents("The two leaders sat down for talks in Cairo on Monday.")
    let e = try #require(doc.event(.consult))
    #expect(e.source.text == "The two leaders")
  }

  @Test func thePurposeOfAnActIsItsDoersToo() throws {
    let doc = analyzeEvents("Egyptian police on Monday launched operations to detain 110 people.")
    let e = try #require(doc.event(.coerce))
    #expect(e.source.text == "Egyptian police")
    #expect(e.target?.text == "110 people")
    #expect(e.modality == .asserted)
  }

  @Test func anAppositionMayHoldAnApostrophe() throws {
    let doc = analyzeEvents(
      "Ana Ruiz, the special envoy of the U.N.'s Office for the Coordination of Humanitarian Affairs,"
        + " condemned the attack on Egypt.")
    let e = try #require(doc.event(.accuse))
    #expect(e.source.text.hasPrefix("Ana Ruiz"))
  }

  @Test func aSeasonAfterLastEndsTheObject() throws {
    let doc = analyzeEvents("The UN opened an investigation into Egypt's conduct last fall.")
    let e = try #require(doc.event(.accuse))
    #expect(e.target?.text == "Egypt's conduct")
  }

  @Test func captionPositionNotesSitBetweenThePeople() throws {
    let doc = analyzeEvents(
      "Egyptian President Ana Ruiz, second left, and French President Tomas Adeyemi, right, attend a meeting in Cairo.")
    let e = try #require(doc.event(.consult))
    #expect(e.source.text == "Egyptian President Ana Ruiz")
    #expect(e.target?.text == "French President Tomas Adeyemi")
  }

  @Test func aPositionNoteIsNoRetreat() {
    let doc = analyzeEvents("Egyptian President Ana Ruiz, left, speaks to reporters in Cairo.")
    #expect(doc.event(.retreat) == nil)
  }

  @Test func aDateBeforeTheSubjectIsNotPartOfIt() throws {
    let doc = analyzeEvents("In October 2017 the Iraqi army attacked the town.")
    let e = try #require(doc.event(.assault))
    #expect(e.source.text == "the Iraqi army")
  }

  @Test func aDatelineDashIsNotPartOfTheSubject() throws {
    let doc = analyzeEvents("CAIRO (Reuters) -- Egyptian police arrested a French reporter on Monday.")
    let e = try #require(doc.event(.coerce))
    #expect(e.source.text == "Egyptian police")
  }

  @Test func aParticiplePhraseBetweenCommasDescribesTheSubject() throws {
    let doc = analyzeEvents("Ten French sailors, held captive in Egypt for months, were freed by Egyptian forces.")
    let e = try #require(doc.event(.retreat))
    #expect(e.source.text == "Egyptian forces")
    #expect(e.target?.text == "Ten French sailors")
  }

  @Test func anEnvoyKeepsTheBodyHeIsSentTo() throws {
    let doc = analyzeEvents("The Iraqi envoy to the United Nations urged Israel to show restraint.")
    let e = try #require(doc.event(.request))
    #expect(e.source.text == "The Iraqi envoy to the United Nations")
    #expect(e.source.actorCode?.hasPrefix("IRQ") == true)
  }
}
