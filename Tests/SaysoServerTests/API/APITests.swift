import Foundation
import HummingbirdTesting
import Testing

/// The JSON API on a live server: filters, paging, errors.
struct APITests {
  @Test func quotesFilterBySpeakerAndDate() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    try await fixture.withServer { client in
      let all = try await client.json("/api/quotes")
      let total = try #require(all["total"] as? Int)
      #expect(total >= 4)
      let okafor = try await client.json("/api/quotes?speaker=okafor")
      let items = try #require(okafor["items"] as? [[String: Any]])
      #expect(!items.isEmpty)
      #expect(items.allSatisfy { $0["speaker"] as? String == "Lena Okafor" })
      let april = try await client.json("/api/quotes?since=2024-04-01")
      #expect((april["items"] as? [[String: Any]])?.allSatisfy { $0["published"] as? String == "2024-04-02" } == true)
      let paged = try await client.json("/api/quotes?limit=1&offset=1")
      #expect((paged["items"] as? [Any])?.count == 1)
      #expect(paged["total"] as? Int == total)
    }
  }

  @Test(arguments: [
    "/api/quotes?limit=ten", "/api/quotes?limit=0", "/api/quotes?since=yesterday", "/api/quotes?kind=rumour",
    "/api/quotes?offset=-1", "/api/speakers/abc", "/api/search", "/api/search?q=%28%28", "/api/network?speakers=0",
    "/api/events?type=GOSSIP", "/api/events?a=Norway&b=ISL", "/api/events?since=2024-99",
  ])
  func malformedParametersAre400WithAMessage(_ uri: String) async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    try await fixture.withServer { client in
      let (status, body) = try await client.get(uri)
      #expect(status == .badRequest)
      let json = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
      #expect((json?["error"] as? [String: Any])?["message"] as? String != nil)
    }
  }

  @Test func unknownIdsAre404() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    try await fixture.withServer { client in
      let speaker = try await client.get("/api/speakers/999999")
      let article = try await client.get("/api/articles/no-such-article")
      #expect(speaker.status == .notFound)
      #expect(article.status == .notFound)
    }
  }

  @Test func speakerProfileAndArticle() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    try await fixture.withServer { client in
      let speakers = try await client.json("/api/speakers?name=Brandt")
      let brandt = try #require((speakers["items"] as? [[String: Any]])?.first)
      let id = try #require(brandt["id"] as? Int)
      let profile = try await client.json("/api/speakers/\(id)")
      let about = try #require(profile["about"] as? [[String: Any]])
      #expect(about.contains { $0["label"] as? String == "Lena Okafor" })
      let article = try await client.json("/api/articles/strike-talks")
      let document = try #require(article["document"] as? [String: Any])
      #expect(document["doc_id"] as? String == "strike-talks")
      #expect((document["quotes"] as? [Any])?.isEmpty == false)
    }
  }

  @Test func searchFindsQuotesAndArticles() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    try await fixture.withServer { client in
      let results = try await client.json("/api/search?q=strike")
      #expect((results["articles"] as? [[String: Any]])?.first?["doc_id"] as? String == "strike-talks")
      let stats = try await client.json("/api/stats")
      #expect(stats["articles"] as? Int == 2)
    }
  }

  @Test func openAPIDocumentIsServedAndMatchesTheRepository() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let file = try String(contentsOf: root.appendingPathComponent("openapi.yaml"), encoding: .utf8)
    try await fixture.withServer { client in
      let (status, body) = try await client.get("/openapi.yaml")
      #expect(status == .ok)
      #expect(
        body.trimmingCharacters(in: .whitespacesAndNewlines) == file.trimmingCharacters(in: .whitespacesAndNewlines))
      // Every route the document names answers.
      for path in ["/api/quotes", "/api/speakers", "/api/search?q=port", "/api/network", "/api/stats", "/api/events"] {
        let answer = try await client.get(path)
        #expect(answer.status == .ok, "\(path)")
      }
    }
  }
}
