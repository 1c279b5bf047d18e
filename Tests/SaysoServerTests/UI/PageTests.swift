import Foundation
import HummingbirdTesting
import Testing

/// The web UI's pages, rendered on a live server.
struct PageTests {
  @Test func articlePageMarksEveryQuoteWithNestedMarks() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let article = try #require(try fixture.store.article("port-reopens"))
    let spans = article.document.quotes.reduce(0) { $0 + $1.spans.count }
    let nested = article.document.quotes.filter { $0.parent != nil }
    #expect(!nested.isEmpty)
    try await fixture.withServer { client in
      let (status, html) = try await client.get("/articles/port-reopens")
      #expect(status == .ok)
      #expect(html.components(separatedBy: "<mark class=\"quote\"").count - 1 == spans)
      #expect(html.components(separatedBy: "<mark").count == html.components(separatedBy: "</mark>").count)
      // The nested quote's mark opens before its parent's closes.
      let child = try #require(html.range(of: "data-quote=\"\(nested[0].id)\""))
      let before = html[..<child.lowerBound]
      #expect(before.components(separatedBy: "<mark").count - before.components(separatedBy: "</mark>").count >= 2)
      #expect(html.contains("evidence: "))
    }
  }

  @Test func homeSpeakerAndNetworkPagesRender() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let brandt = try #require(try fixture.store.speakers(name: "Brandt").items.first)
    try await fixture.withServer { client in
      let home = try await client.get("/?speaker=Okafor")
      #expect(home.status == .ok)
      #expect(home.body.contains("Lena Okafor"))
      #expect(!home.body.contains("Daniel Brandt</a>"))
      let speaker = try await client.get("/speakers/\(brandt.id)")
      #expect(speaker.body.contains("<svg class=\"chart\""))
      #expect(speaker.body.contains("Lena Okafor"))
      let timeline = try await client.get("/timeline?a=ISL&b=NOR")
      #expect(timeline.status == .ok)
      #expect(timeline.body.contains("Events between ISL and NOR"))
      let network = try await client.get("/network")
      #expect(network.body.contains("<circle"))
      let speakers = try await client.get("/speakers")
      #expect(speakers.body.contains("Daniel Brandt"))
    }
  }

  @Test func pageErrorsAreHTMLWithTheirStatus() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    try await fixture.withServer { client in
      let missing = try await client.get("/articles/nothing-here")
      #expect(missing.status == .notFound)
      #expect(missing.body.contains("<h1>404"))
      let bad = try await client.get("/?since=soon")
      #expect(bad.status == .badRequest)
      #expect(bad.body.contains("since must be a date"))
    }
  }

  @Test func textIsEscaped() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    try await fixture.withServer { client in
      let page = try await client.get("/?q=%3Cscript%3E")
      #expect(!page.body.contains("<script>"))
    }
  }
}
