import Testing

@testable import Sayso

/// A sentence that goes on in the writer's words after “…,” she said, and
/// is still the speaker's.
struct UnquotedRestTests {
  @Test func theRestAfterTheAttributionIsTheSpeakers() throws {
    let doc = analyze("“Nobody else,” she said, would have kept the night ferry running through the storm.")
    let quote = try #require(doc.quote(containing: "Nobody else"))
    #expect(quote.kind == .mixed)
    #expect(quote.spans.count == 2)
    #expect(quote.text.hasSuffix("would have kept the night ferry running through the storm"))
  }

  @Test func aParticipleAfterTheAttributionIsAReportOfItsOwn() throws {
    let doc = analyze("“The cranes are old,” Okafor said, adding that the council would replace them.")
    let quote = try #require(doc.quote(containing: "cranes are old"))
    #expect(quote.kind == .direct)
    #expect(!quote.text.contains("council"))
  }

  @Test func anAppositiveAfterTheSpeakerIsNoContent() throws {
    let doc = analyze("“We will see,” said Ruiz, chair of the port board since the spring.")
    let quote = try #require(doc.quote(containing: "We will see"))
    #expect(quote.kind == .direct)
    #expect(!quote.text.contains("board"))
  }
}
