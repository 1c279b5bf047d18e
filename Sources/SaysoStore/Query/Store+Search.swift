import GRDB

extension Store {
  /// Quotes and articles that contain all of `text`'s words, ranked by BM25.
  public func search(_ text: String, limit: Int = 20) throws(StoreError) -> SearchResults {
    try Paging.validate(limit: limit, offset: 0)
    let match = try FullTextQuery(text).expression
    return try StoreError.wrap {
      try pool.read { db in
        let quotes = try QuoteRow.fetchAll(
          db,
          sql: """
            SELECT \(QuoteRow.columns), snippet(quote_fts, 0, '[', ']', '…', 16) AS snippet
            FROM quote_fts JOIN quote q ON q.id = quote_fts.rowid JOIN article a ON a.id = q.article_id
            LEFT JOIN entity e ON e.id = q.entity_id
            WHERE quote_fts MATCH ? ORDER BY bm25(quote_fts) LIMIT ?
            """, arguments: [match, limit])
        let articles = try SearchResults.ArticleHit.fetchAll(
          db,
          sql: """
            SELECT a.id, a.doc_id, a.title, a.published, snippet(article_fts, 1, '[', ']', '…', 24) AS snippet
            FROM article_fts JOIN article a ON a.id = article_fts.rowid
            WHERE article_fts MATCH ? ORDER BY bm25(article_fts) LIMIT ?
            """, arguments: [match, limit])
        return SearchResults(query: text, quotes: quotes, articles: articles)
      }
    }
  }
}
