import Foundation
import HummingbirdTesting
import Sayso
import SaysoStore
import Testing

/// Readers keep working while an ingest writes: the database is in WAL mode.
struct ConcurrentAccessTests {
  @Test func requestsSucceedWhileBatchesAreWritten() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    // A second connection, as a separate `sayso ingest` would have.
    let writer = try Store(path: fixture.directory + "/test.sqlite")
    let writing = Task.detached {
      for batch in 0..<20 {
        let docs = (0..<10).map { i in
          let text = "“Batch \(batch) item \(i) is done,” Clerk Mara Ellison said."
          return StoredArticle(
            document: Engine().analyze(text, id: "w\(batch)-\(i)"), contentHash: ContentHash.of(text))
        }
        try writer.save(docs)
      }
    }
    try await fixture.withServer { client in
      var last = 0
      for _ in 0..<40 {
        let (status, body) = try await client.get("/api/stats")
        #expect(status == .ok)
        let stats = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        let articles = stats?["articles"] as? Int ?? -1
        #expect(articles >= last)
        last = articles
      }
    }
    try await writing.value
    #expect(try fixture.store.stats().articles == 202)
  }
}
