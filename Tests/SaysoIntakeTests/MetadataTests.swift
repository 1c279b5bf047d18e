import Testing

@testable import SaysoIntake

/// Source information from each place a page states it.
struct MetadataTests {
  func extract(_ html: String, url: String? = nil) throws -> HTMLArticle {
    try ArticleExtractor.extract(Array(html.utf8), path: "page.html", url: url)
  }

  static let story = "<p>The ferry sailed again on Monday, the operator said, after a week of repairs.</p>"

  @Test func metaTagsGiveEveryField() throws {
    let m = try extract(Pages.harbour).metadata
    #expect(m.url == "https://coastline.example/news/harbour-talks")
    #expect(m.siteName == "Coastline News")
    #expect(m.authors == ["Mara Lind"])
    #expect(m.published == "2026-03-14T09:30:00+00:00")
    #expect(m.language == "en")
  }

  @Test func archiveURLWinsOverCanonical() throws {
    let m = try extract(Pages.harbour, url: "https://archive.example/x").metadata
    #expect(m.url == "https://archive.example/x")
  }

  @Test func jsonLDGivesHeadlineAuthorsDateAndPublisher() throws {
    let html = """
      <html><head><script type="application/ld+json">
      {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "x"},
       {"@type": "NewsArticle", "headline": "Ferry resumes", "datePublished": "2026-04-02T07:00:00Z",
        "author": [{"@type": "Person", "name": "Tomas Okafor"}, {"name": "Ines Duarte"}],
        "publisher": {"@type": "Organization", "name": "Bay Courier"}, "inLanguage": "pt-PT"}]}
      </script></head><body><h1>Ferry resumes</h1>\(Self.story)</body></html>
      """
    let a = try extract(html)
    #expect(a.title == "Ferry resumes")
    #expect(a.metadata.authors == ["Tomas Okafor", "Ines Duarte"])
    #expect(a.metadata.published == "2026-04-02T07:00:00Z")
    #expect(a.metadata.siteName == "Bay Courier")
    #expect(a.metadata.language == "pt")
  }

  @Test func timeElementGivesTheDate() throws {
    let html =
      "<html><body><article><h1>Ferry</h1><time datetime=\"2026-04-02 07:00:00\">2 April</time>\(Self.story)</article></body></html>"
    #expect(try extract(html).metadata.published == "2026-04-02T07:00:00")
  }

  @Test func visibleBylineGivesAuthorsAndStaysOutOfTheBody() throws {
    let html =
      "<html><body><article><h1>Ferry</h1><p>By Ines Duarte and Tomas Okafor</p>\(Self.story)</article></body></html>"
    let a = try extract(html)
    #expect(a.metadata.authors == ["Ines Duarte", "Tomas Okafor"])
    #expect(!a.body.contains("By Ines"))
  }

  @Test func microdataGivesAuthorAndDate() throws {
    let html = """
      <html><body><article><h1>Ferry</h1><span itemprop="author">Ines Duarte</span>
      <meta itemprop="datePublished" content="2026-04-02">\(Self.story)</article></body></html>
      """
    let m = try extract(html).metadata
    #expect(m.authors == ["Ines Duarte"])
    #expect(m.published == "2026-04-02")
  }

  @Test func visibleDateLineGivesTheDate() throws {
    let html = """
      <html><body><article><h1>Ferry</h1><span class="publish-date">March 14, 2026</span>
      \(Self.story)</article></body></html>
      """
    #expect(try extract(html).metadata.published == "2026-03-14")
  }

  @Test func bylineWithADateGivesTheDate() throws {
    let html = """
      <html><body><article><h1>Ferry</h1><p>By Ines Duarte | 2 April 2026</p>
      \(Self.story)</article></body></html>
      """
    #expect(try extract(html).metadata.published == "2026-04-02")
  }

  @Test func shortLineWithoutAYearIsNoDate() throws {
    let html = """
      <html><body><article><h1>Ferry</h1><p>12 comments</p>\(Self.story)</article></body></html>
      """
    #expect(try extract(html).metadata.published == nil)
  }

  @Test func writtenDatesBecomeISO() {
    #expect(DateNormalizer.iso8601("Updated: Mar. 14, 2026, 9:30 a.m.") == "2026-03-14")
    #expect(DateNormalizer.iso8601("14 March 2026") == "2026-03-14")
    #expect(DateNormalizer.iso8601("Sat, 14 Mar 2026 09:30:00 GMT") == "2026-03-14")
    #expect(DateNormalizer.iso8601("20260314") == "2026-03-14")
    #expect(DateNormalizer.iso8601("2026/03/14") == "2026-03-14")
    #expect(DateNormalizer.iso8601("yesterday") == nil)
    // A time before the month is not the day.
    #expect(DateNormalizer.iso8601("Published 11:00 a.m. ET Nov. 19, 2019") == "2019-11-19")
  }

  @Test func titleFallsBackToDocumentTitleWithoutSiteName() throws {
    let html =
      "<html><head><title>Ferry resumes after repairs | Bay Courier</title></head><body>\(Self.story)</body></html>"
    #expect(try extract(html).title == "Ferry resumes after repairs")
  }
}
