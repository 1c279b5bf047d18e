import Foundation
import GRDB
import Sayso

extension Store {
  /// An article by its store id (a number) or by its `doc_id`; nil when neither matches.
  /// When several articles share a `doc_id`, the first stored is returned.
  public func article(_ key: String) throws(StoreError) -> ArticleView? {
    try StoreError.wrap {
      try pool.read { db in
        var row = try Row.fetchOne(
          db, sql: "SELECT id, published, document FROM article WHERE doc_id = ? ORDER BY id LIMIT 1",
          arguments: [key])
        if row == nil, let id = Int64(key) {
          row = try Row.fetchOne(db, sql: "SELECT id, published, document FROM article WHERE id = ?", arguments: [id])
        }
        guard let row else { return nil }
        let id: Int64 = row["id"]
        let json: String = row["document"]
        let document = try JSONDecoder().decode(Document.self, from: Data(json.utf8))
        var entities: [String: Int64] = [:]
        for link in try Row.fetchAll(
          db, sql: "SELECT local_id, entity_id FROM article_entity WHERE article_id = ?", arguments: [id])
        {
          entities[link["local_id"]] = link["entity_id"]
        }
        var quotes: [String: Int64] = [:]
        for link in try Row.fetchAll(db, sql: "SELECT local_id, id FROM quote WHERE article_id = ?", arguments: [id]) {
          quotes[link["local_id"]] = link["id"]
        }
        return ArticleView(
          id: id, published: row["published"], document: document, entityIDs: entities, quoteIDs: quotes)
      }
    }
  }
}
