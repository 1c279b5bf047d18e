import Testing

@testable import Sayso

/// Attributions with little around them: a verb of saying right before a
/// quoted sentence, an age or a quantifier as the speaker, a pronoun object
/// after the verb.
struct BareCueTests {
  @Test func aParticipleRightBeforeAQuotedSentenceIntroducesIt() throws {
    let doc = analyze("Later on Sunday, Okafor shared a timetable on her page, writing “Here is the schedule.”")
    let quote = try #require(doc.quote(containing: "Here is the schedule"))
    #expect(quote.kind == .direct)
    #expect(quote.speaker == "Okafor")
    #expect(quote.cue == "writing")
  }

  @Test func aCrowdChantingAQuotedSlogan() throws {
    let doc = analyze("Outside the terminal, about 200 dockers gathered, holding signs and chanting “Save the cranes.”")
    let quote = try #require(doc.quote(containing: "Save the cranes"))
    #expect(quote.speaker == "about 200 dockers")
  }

  @Test func quotedWordsInsideASentenceAreNotIntroducedByAnyVerb() {
    let doc = analyze("The dockers said “no” to the plan on Monday.")
    #expect(doc.quotes.allSatisfy { $0.kind != .direct })
  }

  @Test func anAgeStandsForTheSpeaker() throws {
    let doc = analyze("The ferry sailed on Monday.\n\n“The harbour is our lifeline,” said the 46-year-old.")
    let quote = try #require(doc.quote(containing: "lifeline"))
    #expect(quote.speaker == "the 46-year-old")
  }

  @Test func aLoneQuantifierAfterTheVerbIsTheSpeaker() throws {
    let doc = analyze("The ferry sailed on Monday.\n\n“Better watch out for the toll,” tweeted another.")
    let quote = try #require(doc.quote(containing: "watch out"))
    #expect(quote.speaker == "another")
    #expect(quote.cue == "tweeted")
  }

  @Test func rememberedClosesAQuotation() throws {
    let doc = analyze(
      "The ferry sailed on Monday.\n\n“Many captains objected,” remembered Tomas Velez, a former pilot.")
    let quote = try #require(doc.quote(containing: "captains objected"))
    #expect(quote.speaker == "Tomas Velez")
  }

  @Test func aPronounObjectMayFollowTheVerbAfterAQuotation() throws {
    let doc = analyze("Okafor took the stage late. “Just one minute, come on,” she urged them.")
    let quote = try #require(doc.quote(containing: "Just one minute"))
    #expect(quote.kind == .direct)
    #expect(quote.cue == "urged")
    #expect(quote.speaker == "Okafor")
  }
}
