import Foundation
import GRDB
import Testing

@testable import SaysoStore

/// A database written by an earlier schema version upgrades in place.
struct MigrationTests {
  @Test func aVersionOneDatabaseGainsEventsAndKeepsItsQuotes() throws {
    let fixture = try StoreFixture()
    defer { fixture.remove() }
    let path = fixture.directory + "/old.sqlite"
    // Build the file as the first release of the schema left it.
    let queue = try DatabaseQueue(path: path)
    try StoreMigrator.migrator.migrate(queue, upTo: "v1: articles, quotes, entities, full-text search")
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO article (doc_id, content_hash, text, document, quote_count, ingested_at)
          VALUES ('old', 'h1', 'Old text.', '{}', 0, '2024-01-01')
          """)
    }
    try queue.close()
    #expect(throws: StoreError.outdated(path: path)) { try Store(path: path, readOnly: true) }

    let store = try Store(path: path)
    #expect(try store.stats().articles == 1)
    #expect(try store.events(EventFilter()).total == 0)
    #expect(try Store(path: path, readOnly: true).stats().articles == 1)
  }
}
