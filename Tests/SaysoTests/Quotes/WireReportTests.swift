import Testing

@testable import Sayso

/// Shapes of wire-service reporting: a phrase of time or means between the
/// verb and a clause without "that", a quantity opening the clause, the
/// outlet told, and a participle phrase after the speaker.
struct WireReportTests {
  @Test func quotedAsSayingAfterWhatWasSaid() throws {
    let doc = analyze("The port will stay open, Okafor was quoted as saying.")
    let quote = try #require(doc.quote(containing: "port will stay open"))
    #expect(quote.speaker == "Okafor")
    #expect(quote.text == "The port will stay open")
  }

  @Test func hearsayAboutWhatTheSubjectSaid() throws {
    let doc = analyze("Okafor is said to have told aides that the port would stay open.")
    #expect(try #require(doc.quote(containing: "port would stay open")).speaker == "Okafor")
  }

  @Test func aHabitInsideAQuotation() throws {
    let doc = analyze("“My father used to say, ‘Never trust a calm sea,’” Ruiz said.")
    let inner = try #require(doc.quotes.first { $0.parent != nil && $0.text.contains("calm sea") })
    #expect(inner.speaker == "My father")
  }

  @Test func aHabitAfterAQuotation() throws {
    let doc = analyze("“A port without workers is just water,” Ruiz likes to say.")
    #expect(try #require(doc.quote(containing: "just water")).speaker == "Ruiz")
  }

  @Test func phraseOfMeansBeforeAClauseWithoutThat() throws {
    let doc = analyze("The ferry operator said in a statement it would refund every cancelled crossing.")
    let quote = try #require(doc.quote(containing: "refund every"))
    #expect(quote.kind == .indirect)
    #expect(quote.text.hasPrefix("it would refund"))
    #expect(quote.speaker == "the ferry operator")
  }

  @Test func aClauseWithAPastVerbAfterAPhrase() throws {
    let doc = analyze("The ferry operator said in a statement its fares rose 12 percent.")
    let quote = try #require(doc.quote(containing: "fares rose"))
    #expect(quote.text == "its fares rose 12 percent")
    #expect(quote.speaker == "the ferry operator")
  }

  @Test func aClauseAfterAPhraseRunsPastALaterComma() throws {
    let doc = analyze("The ferry operator said on Thursday its fares rose 12 percent in May, driven by fuel costs.")
    let quote = try #require(doc.quote(containing: "fares rose"))
    #expect(quote.text == "its fares rose 12 percent in May, driven by fuel costs")
  }

  @Test func aRelativeClauseAfterAPhraseIsNoReport() throws {
    let doc = analyze("Okafor asked Ruiz about remarks she had made on Monday, when she said the quay would close.")
    #expect(try #require(doc.quote(containing: "quay would close")).text == "the quay would close")
    #expect(doc.quote(containing: "she had made") == nil)
  }

  @Test func aHabitAfterASubordinatorEndsAtItsComma() throws {
    let doc = analyze(
      "Where Ruiz used to boast that she had beaten “the old guard,” on Monday she said the guild was back.")
    #expect(try #require(doc.quote(containing: "old guard")).text == "that she had beaten “the old guard,”")
    #expect(try #require(doc.quote(containing: "guild was back")).speaker == "Ruiz")
  }

  @Test func aHabitTakesTheSubjectRightBeforeIt() throws {
    let doc = analyze("The guild filed a new motion on Monday, as dockers continue to warn that the quay is unsafe.")
    #expect(try #require(doc.quote(containing: "quay is unsafe")).speaker == "dockers")
  }

  @Test(arguments: [
    "citing two harbour officials", "however", "speaking in Port Ellis", "apparently for the first time",
  ])
  func anAsideBeforeThat(_ aside: String) throws {
    let doc = analyze("The Coastal Herald reported, \(aside), that the ferry line was in talks with a buyer.")
    let quote = try #require(doc.quote(containing: "in talks with a buyer"))
    #expect(quote.text == "that the ferry line was in talks with a buyer")
    #expect(quote.speaker == "the Coastal Herald")
  }

  @Test func anAttributionSetInIsNoAside() throws {
    let doc = analyze("He believes, he said, that the quay will reopen.")
    #expect(doc.quotes.filter { $0.text.contains("quay will reopen") }.count == 1)
  }

  @Test func phraseOfTimeBeforeAClauseWithoutThat() throws {
    let doc = analyze("The harbour board said on Tuesday night the southern quay would stay shut.")
    let quote = try #require(doc.quote(containing: "southern quay"))
    #expect(quote.text.hasPrefix("the southern quay"))
  }

  @Test func phraseWithoutAClauseAfterItReportsNothing() {
    let doc = analyze("The ferry operator said in a statement released late on Friday.")
    #expect(doc.quotes.isEmpty)
  }

  @Test func quantityOpensTheClause() throws {
    let doc = analyze("Pilots said at least 30 trawlers were sheltering in the bay.")
    let quote = try #require(doc.quote(containing: "trawlers"))
    #expect(quote.text.hasPrefix("at least 30"))
    #expect(quote.speaker == "Pilots")
  }

  @Test func outletToldIsNoPartOfTheContent() throws {
    let doc = analyze("Duarte told state radio she expected the talks to resume within days.")
    let quote = try #require(doc.quote(containing: "talks to resume"))
    #expect(quote.text.hasPrefix("she expected"))
    #expect(quote.speaker == "Duarte")
  }

  @Test func participlePhraseAfterTheSubject() throws {
    let doc = analyze(
      "Two customs officers, speaking on condition of anonymity, said the scanners had been broken for weeks.")
    let quote = try #require(doc.quote(containing: "scanners"))
    #expect(quote.speaker == "Two customs officers")
    #expect(quote.text.hasPrefix("the scanners"))
  }

  @Test func participlePhraseAfterAClauseStaysInTheContent() throws {
    let doc = analyze(
      "The closure would cost the town its summer trade, forcing the cafes to lay off staff, said Ines Duarte.")
    let quote = try #require(doc.quote(containing: "summer trade"))
    #expect(quote.speaker == "Ines Duarte")
    #expect(quote.text.contains("forcing the cafes"))
  }

  @Test func quotedAsSayingNamesTheSpeaker() throws {
    let doc = analyze("The harbour master was quoted by a local paper as saying the dredging would start in May.")
    let quote = try #require(doc.quote(containing: "dredging"))
    #expect(quote.speaker == "the harbour master")
    #expect(quote.text.hasPrefix("the dredging"))
    #expect(quote.evidence == "indirect.quoted-as")
  }

  @Test func placeAdverbPhraseBeforeTheSubject() throws {
    let doc = analyze(
      "Elsewhere in his remarks, Okafor turned to the fishing fleet, saying catches rose by a tenth last year.")
    let quote = try #require(doc.quote(containing: "catches rose"))
    #expect(quote.speaker == "Okafor")
  }

  @Test func negatedSubjectOpensTheClause() throws {
    let doc = analyze("The harbour board insisted no final decision had been taken on the ferry.")
    let quote = try #require(doc.quote(containing: "final decision"))
    #expect(quote.text.hasPrefix("no final decision"))
    #expect(quote.speaker == "the harbour board")
  }

  @Test(arguments: ["said Ana Ruiz", "said Ana Ruiz of the pilots' guild"])
  func participleAfterAnInvertedAttributionReportsForItsSpeaker(_ attribution: String) throws {
    let doc = analyze("“We have heard promises before,” \(attribution), adding that the yard had lost 300 jobs.")
    let quote = try #require(doc.quote(containing: "the yard had lost"))
    #expect(quote.speaker == "Ana Ruiz")
  }

  @Test(arguments: [
    "went on to say", "was quick to add", "proceeded to argue", "used to say", "likes to say",
    "continued to insist", "has been known to say",
  ])
  func infinitiveOfSayingReports(_ verb: String) throws {
    let doc = analyze("The harbour master \(verb) that the dredgers would return in spring.")
    let quote = try #require(doc.quote(containing: "dredgers would return"))
    #expect(quote.speaker == "the harbour master")
  }

  @Test func activeQuotedAsSayingNamesTheOneQuoted() throws {
    let doc = analyze("Duarte quoted the late harbour master as saying that tides wait for no budget.")
    let quote = try #require(doc.quote(containing: "tides wait"))
    #expect(quote.speaker == "the late harbour master")
  }
}
