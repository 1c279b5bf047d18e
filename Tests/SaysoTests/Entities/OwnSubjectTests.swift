import Testing

@testable import Sayso

/// A pronoun speaker and the subject of its own sentence: read before the
/// sentence is scanned, and never a name inside the pronoun's own words.
struct OwnSubjectTests {
  @Test func aLeadInSubjectBeforeAColonIsThePronoun() throws {
    let text = """
      Harbour talks drag on

      "There was no single issue that drove me. There is today," Okafor admitted during an \
      interview, as the Coastal Workers Convention was wrapping up.

      This was something I had never heard before. A few minutes later, Okafor followed up by \
      lamenting the paperwork his job entails: "There is just a ton of forms with this job," he said.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "ton of forms")).speaker == "Okafor")
  }

  @Test func theSubjectOfAnEarlierClauseIsThePronoun() throws {
    let text = """
      "The quays need work," said Jide Adeyemi, a harbour engineer.

      Mayor Tomas Ruiz often says he is not running for a third term, but he has also said \
      the ferry plan will pass.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "ferry plan will pass")).speaker == "Tomas Ruiz")
  }

  @Test func aQuotationOpenedAfterACommaSetsTheSubjectApart() throws {
    let text = """
      Jide Adeyemi spoke first.

      Harbour master Tomas Ruiz weighed in as well, telling the Gazette in an interview, \
      "Both plans are sound," he said.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "Both plans are sound")).speaker == "Tomas Ruiz")
  }

  @Test func aPronounAfterItsWordsIsNotTheNameInsideThem() throws {
    let text = """
      Tomas Adeyemi toured the quays on Monday.

      Jide Okafor "caused the delays with his own contracts," he said.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "caused the delays")).speaker == "Tomas Adeyemi")
  }

  @Test func aSpeakerAfterAQuotationOfTwoSentencesIsTheNextSubject() throws {
    let text = """
      Tomas Okafor chairs the harbour board. "We will not sell. Not this year," Jide Adeyemi said on Monday.

      "The ferries stay," he added.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "ferries stay")).speaker == "Jide Adeyemi")
  }

  @Test func anElapsedTimeOfMomentsOpensNoSubject() throws {
    let text = """
      Jide Adeyemi spoke first.

      Moments later, Tomas Ruiz made sure his point was clear: "We are not done," he said.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "We are not done")).speaker == "Tomas Ruiz")
  }

  @Test func aSubjectWithAnUnknownHeadIsNoOneAPronounMeans() throws {
    let text = """
      "We will end these deals," councilmember Tomas Ruiz said. The problem, however, is finding \
      the legal basis for ending the contracts.

      "The city's lawyers have worked hard," he said.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "lawyers have worked hard")).speaker == "Tomas Ruiz")
  }

  @Test func aLabelLineHasNoSubject() throws {
    let text = """
      Ruiz keeps her promises

      SUMMARY.

      The most telling promise Mayor Ana Ruiz has made is that she will not overpromise. "We do \
      not need any more of that," she said.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "any more of that")).speaker == "Ana Ruiz")
    #expect(doc.entity(named: "SUMMARY") == nil)
  }

  @Test func aPronounThatReportsWhatFollowsMayMeanTheSubject() throws {
    let text = """
      Okafor shrugs off defeats

      Ana Okafor is not rattled by the losses she has faced in the primary; in fact, she said \
      it "humanizes" her.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "humanizes")).speaker == "Ana Okafor")
  }

  @Test func anUnseenLoneWordIsNoOwnSubject() throws {
    let text = """
      Ferry fares

      Jide Adeyemi runs the ferry line. "We cannot cut fares again," he said.

      Sure, he said the fares were "higher than anyone would like."
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "higher than anyone")).speaker == "Jide Adeyemi")
  }
}
