import Testing

@testable import Sayso

/// Event dates from the article's date and the sentence's time phrase.
struct EventsDateResolutionTests {
  // 2026-03-11 is a Wednesday.
  @Test func weekdayBeforeTheArticle() {
    let doc = analyzeEvents("Iran and Iraq signed an agreement on Sunday.", published: "2026-03-11")
    #expect(doc.events.first?.date == "2026-03-08")
  }

  @Test func yesterdayAndLastWeek() {
    #expect(
      analyzeEvents("Egypt condemned Israel yesterday.", published: "2026-03-11").events.first?.date == "2026-03-10")
    #expect(
      analyzeEvents("Egypt condemned Israel last week.", published: "2026-03-11").events.first?.date == "2026-03-04")
  }

  @Test func monthAndDay() {
    let doc = analyzeEvents("On March 3 Egypt condemned Israel.", published: "2026-03-11T09:00:00Z")
    #expect(doc.events.first?.date == "2026-03-03")
  }

  @Test func noArticleDateNoEventDate() {
    #expect(analyzeEvents("Egypt condemned Israel on Sunday.").events.first?.date == nil)
  }

  @Test func noPhraseNoDate() {
    #expect(analyzeEvents("Egypt condemned Israel.", published: "2026-03-11").events.first?.date == nil)
  }

  @Test func civilDateRoundTrip() {
    #expect(CivilDate.string(CivilDate.days(2024, 2, 29)) == "2024-02-29")
    #expect(CivilDate.days(1970, 1, 1) == 0)
  }
}
