import Testing

@testable import Sayso

/// Where sentences end.
struct SentenceSplitterTests {
  /// The sentences of `text`, as text.
  func sentences(_ text: String) -> [String] {
    let scalars = ScalarText(text)
    let tokens = Tokenizer.tokenize(scalars)
    let all = Array(text.unicodeScalars)
    return SentenceSplitter.split(tokens).map { s in
      var out = ""
      out.unicodeScalars.append(
        contentsOf: all[tokens[s.tokens.lowerBound].start..<tokens[s.tokens.upperBound - 1].end])
      return out
    }
  }

  @Test func fullStopsQuestionsAndExclamations() {
    #expect(sentences("The port opened. Was it late? No!") == ["The port opened.", "Was it late?", "No!"])
  }

  @Test func aPartyAndStateTagKeepsItsInitialism() {
    let text = "“It will pass,” Sen. Ana Ruiz (D-N.Y.) said Tuesday. “We have the votes.”"
    #expect(sentences(text) == ["“It will pass,” Sen. Ana Ruiz (D-N.Y.) said Tuesday.", "“We have the votes.”"])
    let doc = analyze(text)
    #expect(doc.quote(containing: "We have the votes")?.speaker == "Ana Ruiz")
  }

  @Test func aQuotationAfterAnInitialismStartsASentence() {
    let text = "“Fees are up,” Ruiz said in Dover, N.J. “We will keep the ferry running.”"
    #expect(sentences(text).count == 2)
    #expect(sentences("Officials in the U.S. “harbour caucus” met.").count == 1)
  }

  @Test func abbreviationsAndInitialsDoNotEndASentence() {
    #expect(sentences("Sen. Ana Ruiz met George W. Bush on Jan. 5. Talks went well.").count == 2)
  }

  @Test func aTitleAfterAHyphenKeepsItsFullStop() {
    #expect(sentences("She met then-Sen. Ana Ruiz in May. Talks went well.").count == 2)
  }

  @Test func aFullStopInsideANameOrNumberDoesNotEndASentence() {
    #expect(
      sentences("The ID.4 ships in May. Visit example.com for more.") == [
        "The ID.4 ships in May.", "Visit example.com for more.",
      ])
  }

  @Test func aMissingSpaceBeforeACapitalStillEndsTheSentence() {
    #expect(sentences("The port opened.The ferries ran.").count == 2)
  }

  @Test func closingQuotesStayWithTheirSentence() {
    #expect(sentences("“We are ready.” The minister left.") == ["“We are ready.”", "The minister left."])
  }

  @Test func paragraphsEndSentences() {
    #expect(sentences("A headline without a stop\n\nThe body starts here.").count == 2)
  }

  @Test func aNamedSpeakerAfterAQuotedQuestionFinishesTheSentence() {
    #expect(
      sentences("“Is the port open?” Ana M. Ruiz asked. She left.") == [
        "“Is the port open?” Ana M. Ruiz asked.", "She left.",
      ])
    #expect(sentences("“Is the port open?” Ana Ruiz left.").count == 2)
  }
}

/// Text without full stops is cut into bounded pieces, so that rules that
/// read to a sentence's end stay linear on a single huge line.
struct LongRunTests {
  @Test func aRunWithoutFullStopsIsCutAtACommaAfterTheSoftLimit() {
    let clause = "the crane stood idle near the gate, "
    let text = String(repeating: clause, count: 200)
    let a = Analysis(text: ScalarText(text), tokens: Tokenizer.tokenize(ScalarText(text)))
    #expect(a.sentences.count > 1)
    #expect(a.sentences.allSatisfy { $0.tokens.count <= SentenceSplitter.softLimit + 8 })
    #expect(a.sentences.dropLast().allSatisfy { a.tokens[$0.tokens.upperBound - 1].isPunct(",") })
  }

  @Test func aRunWithoutAnyPunctuationIsCutAtTheHardLimit() {
    let text = String(repeating: "crane ", count: 1000)
    let a = Analysis(text: ScalarText(text), tokens: Tokenizer.tokenize(ScalarText(text)))
    #expect(a.sentences.count == 3)
    #expect(a.sentences.allSatisfy { $0.tokens.count <= SentenceSplitter.hardLimit + 1 })
  }
}
