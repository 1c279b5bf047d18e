import Foundation
import GRDB
import Sayso

extension Store {
  /// Stores a batch of analysed articles in one transaction: all of them or,
  /// if anything fails, none. Articles whose ``StoredArticle/contentHash`` is
  /// already stored are skipped, so an interrupted ingest can simply be run again.
  @discardableResult
  public func save(_ articles: [StoredArticle]) throws(StoreError) -> SaveSummary {
    try StoreError.wrap {
      try pool.write { db in
        var summary = SaveSummary()
        let now = ISO8601DateFormatter().string(from: Date())
        for article in articles {
          if try db.row("SELECT 1 FROM article WHERE content_hash = ?", [article.contentHash]) != nil {
            summary.skipped += 1
            continue
          }
          summary.quotes += try insert(article, at: now, db)
          summary.articles += 1
        }
        return summary
      }
    }
  }

  /// Which of these fingerprints are stored already, so that their articles need no analysis.
  public func knownHashes(_ hashes: [String]) throws(StoreError) -> Set<String> {
    guard !hashes.isEmpty else { return [] }
    return try StoreError.wrap {
      try pool.read { db in
        let marks = Array(repeating: "?", count: hashes.count).joined(separator: ",")
        let found = try String.fetchAll(
          db, sql: "SELECT content_hash FROM article WHERE content_hash IN (\(marks))",
          arguments: StatementArguments(hashes))
        return Set(found)
      }
    }
  }

  private func insert(_ article: StoredArticle, at now: String, _ db: Database) throws -> Int {
    let doc = article.document
    let json = try article.json()
    let published = doc.source.published.map { String($0.prefix(10)) }
    try db.run(
      """
      INSERT INTO article (doc_id, content_hash, title, url, site, published, language, text, document,
        quote_count, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """,
      [
        doc.id, article.contentHash, doc.title, doc.source.url, doc.source.siteName, published,
        doc.source.language, doc.text, json, doc.quotes.count, now,
      ])
    let articleID = db.lastInsertedRowID
    let linker = EntityLinker(db: db)
    var corpusID: [String: Int64] = [:]
    for entity in doc.entities {
      let quotes = doc.quotes.count { $0.speakerEntity == entity.id }
      let id = try linker.link(entity, articleID: articleID, published: published, quotes: quotes)
      corpusID[entity.id] = id
      try db.run(
        "INSERT OR IGNORE INTO article_entity (article_id, local_id, entity_id, mention_count) VALUES (?, ?, ?, ?)",
        [articleID, entity.id, id, entity.mentions.count])
    }
    let about = QuoteTopics(doc)
    var quoteIDs: [String: Int64] = [:]
    for quote in doc.quotes {
      try db.run(
        """
        INSERT INTO quote (article_id, local_id, kind, start, "end", text, speaker, entity_id, cue, cue_lemma,
          parent, evidence, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
          articleID, quote.id, quote.kind.rawValue, quote.start, quote.end, quote.text, quote.speaker,
          quote.speakerEntity.flatMap { corpusID[$0] }, quote.cue, quote.cueLemma, quote.parent, quote.evidence,
          published,
        ])
      let quoteID = db.lastInsertedRowID
      quoteIDs[quote.id] = quoteID
      for local in about.entities(in: quote) {
        guard let id = corpusID[local] else { continue }
        try db.run("INSERT OR IGNORE INTO quote_about (quote_id, entity_id) VALUES (?, ?)", [quoteID, id])
      }
    }
    try insertEvents(doc, articleID: articleID, published: published, entities: corpusID, quotes: quoteIDs, db)
    return doc.quotes.count
  }
}
