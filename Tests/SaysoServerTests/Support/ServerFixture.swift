import Foundation
import Hummingbird
import HummingbirdTesting
import Sayso
import SaysoServer
import SaysoStore

/// A store of short hand-written articles and a server over it, for tests
/// that talk to a real server on a free loopback port.
struct ServerFixture {
  let directory: String
  let store: Store

  static let articles: [(id: String, date: String, text: String)] = [
    (
      "port-reopens", "2024-03-10",
      """
      Port Ellis Reopens After Storm

      PORT ELLIS (Coastline News) – Harbour Minister Lena Okafor said on Sunday that the port would reopen within days.

      “The quays held. When the engineers told me, ‘We can open on Tuesday,’ I did not believe them,” Okafor said.

      Union leader Daniel Brandt said dock workers had not been paid for the storm week.
      """
    ),
    (
      "strike-talks", "2024-04-02",
      """
      Dock Union Threatens Strike

      Daniel Brandt, head of the dockers’ union, said on Tuesday that his members would strike unless wages rose.

      “Lena Okafor has not called us once since the storm,” he told reporters.
      """
    ),
  ]

  init() throws {
    directory = NSTemporaryDirectory() + "sayso-server-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    store = try Store(path: directory + "/test.sqlite")
    for article in Self.articles {
      var doc = Engine().analyze(article.text, id: article.id)
      doc.source.published = article.date
      doc.source.siteName = "Coastline News"
      try store.save([StoredArticle(document: doc, contentHash: ContentHash.of(article.text))])
    }
  }

  func remove() { try? FileManager.default.removeItem(atPath: directory) }

  /// Runs `body` against a live server on a free port.
  func withServer<T: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
    let app = Application(
      router: SaysoServer(store: store).router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    return try await app.test(.live, body)
  }
}

extension TestClientProtocol {
  /// GET `uri`: the status and the body as text.
  func get(_ uri: String) async throws -> (status: HTTPResponse.Status, body: String) {
    try await execute(uri: uri, method: .get) { response in (response.status, String(buffer: response.body)) }
  }

  /// GET `uri` and decode its JSON body.
  func json(_ uri: String) async throws -> [String: Any] {
    let (_, body) = try await get(uri)
    return try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] ?? [:]
  }
}
