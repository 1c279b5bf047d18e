import Foundation
import GRDB

/// A corpus of analysed articles in one SQLite file: articles, quotes,
/// speakers merged across articles, and full-text indexes over quotes and
/// articles.
///
/// The file is opened in write-ahead-log mode, so that readers (a running
/// `sayso serve`) see every committed batch while an ingest writes the next one.
///
/// ```swift
/// let store = try Store(path: "sayso.sqlite")
/// try store.save([StoredArticle(document: doc, contentHash: ContentHash.of(doc.text))])
/// let page = try store.quotes(QuoteFilter(speaker: "Okafor"))
/// ```
public struct Store: Sendable {
  /// The path of the database file.
  public let path: String
  let pool: DatabasePool

  /// Opens the database at `path`, creating it and bringing its schema up to date.
  ///
  /// - Parameter readOnly: open for queries only; the schema must already be current.
  public init(path: String, readOnly: Bool = false) throws(StoreError) {
    self.path = path
    if readOnly && !FileManager.default.fileExists(atPath: path) { throw .missing(path: path) }
    var config = Configuration()
    config.readonly = readOnly
    config.foreignKeysEnabled = true
    // A writer waits for another writer (a second ingest) instead of failing at once.
    config.busyMode = .timeout(30)
    config.prepareDatabase { db in
      if !readOnly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
      // Pages come from the mapped file rather than a read() each, and stay
      // cached between requests: a server answers from memory.
      try db.execute(sql: "PRAGMA mmap_size = 1073741824")
      try db.execute(sql: "PRAGMA cache_size = -32000")
    }
    do {
      pool = try DatabasePool(path: path, configuration: config)
      let migrator = StoreMigrator.migrator
      if readOnly {
        let current = try pool.read { try migrator.hasCompletedMigrations($0) }
        if !current { throw StoreError.outdated(path: path) }
      } else {
        if try pool.read({ try migrator.hasBeenSuperseded($0) }) { throw StoreError.newer(path: path) }
        try migrator.migrate(pool)
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw .cannotOpen(path: path, reason: StoreError.reason(error))
    }
  }
}
