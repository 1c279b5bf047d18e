import Testing

@testable import Sayso

/// A pronoun speaker and the subject of its own sentence: read before the
/// sentence is scanned, and never a name inside the pronoun's own words.
struct OwnSubjectTests {
  @Test func aLeadInSubjectBeforeAColonIsThePronoun() throws {
    let text = """
      Harbour talks drag on

      "Nothing kept me awake at night. Now the quays do," Okafor admitted in an interview, as the \
      Coastal Workers Convention was closing.

      Few officials say such things. A few minutes later, Okafor went on to complain about the \
      inspections his job requires: "The checklists never end," he said.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "checklists never end")).speaker == "Okafor")
  }

  @Test func theSubjectOfAnEarlierClauseIsThePronoun() throws {
    let text = """
      "The quays need work," said Jide Adeyemi, a harbour engineer.

      Mayor Tomas Ruiz likes to say he is done with politics, but he has also said the ferry \
      plan will pass.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "ferry plan will pass")).speaker == "Tomas Ruiz")
  }

  @Test func aQuotationOpenedAfterACommaSetsTheSubjectApart() throws {
    let text = """
      Jide Adeyemi spoke first.

      Harbour master Tomas Ruiz joined the debate, telling the Gazette, "Both plans are sound," \
      he said.
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

      Moments later, Tomas Ruiz spoke again: "We are not done," he said.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "We are not done")).speaker == "Tomas Ruiz")
  }

  @Test func aSubjectWithAnUnknownHeadIsNoOneAPronounMeans() throws {
    let text = """
      "We will end these deals," councilmember Tomas Ruiz said. The trouble, however, is finding \
      money for the repairs.

      "The city's lawyers have worked hard," he said.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "lawyers have worked hard")).speaker == "Tomas Ruiz")
  }

  @Test func aLabelLineHasNoSubject() throws {
    let text = """
      Ruiz keeps her promises

      SUMMARY.

      The boldest pledge Mayor Ana Ruiz has made is a simple one: no new fees. "We have had \
      enough of them," she said.
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "enough of them")).speaker == "Ana Ruiz")
    #expect(doc.entity(named: "SUMMARY") == nil)
  }

  @Test func aPronounThatReportsWhatFollowsMayMeanTheSubject() throws {
    let text = """
      Okafor shrugs off defeats

      Ana Okafor is not worried by the defeats she has had this spring; in fact, she said they \
      "keep her honest."
      """
    let doc = analyze(text)
    #expect(try #require(doc.quote(containing: "keep her honest")).speaker == "Ana Okafor")
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
