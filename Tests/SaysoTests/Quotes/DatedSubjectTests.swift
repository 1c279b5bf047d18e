import Testing

@testable import Sayso

/// A subject dated between itself and its verb of saying: "an ad released
/// Thursday accuses …", "Okafor Tuesday said …".
struct DatedSubjectTests {
  @Test func aDocumentDatedByAParticipleSpeaks() throws {
    let doc = analyze(
      "Ferry fight\n\nA campaign ad released Thursday accuses Okafor of selling the harbour “at a loss to his friends.”"
    )
    let quote = try #require(doc.quote(containing: "at a loss"))
    #expect(quote.speaker == "a campaign ad")
    #expect(quote.cue == "accuses")
  }

  @Test func aWeekdayAloneBetweenSpeakerAndCue() throws {
    let doc = analyze("Ferry fight\n\nThe harbour master Tuesday said the quays would reopen in spring.")
    let quote = try #require(doc.quote(containing: "quays would reopen"))
    #expect(quote.speaker == "the harbour master")
  }
}
