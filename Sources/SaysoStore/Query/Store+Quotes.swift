import GRDB

extension Store {
  /// Quotes that pass `filter`, newest first (undated last: SQLite sorts NULL
  /// below any date), one page at a time.
  public func quotes(_ filter: QuoteFilter) throws(StoreError) -> Page<QuoteRow> {
    try filter.validate()
    var conditions: [String] = []
    var args: [(any DatabaseValueConvertible)?] = []
    if let speaker = filter.speaker {
      let match = NameMatch.entityIDs(speaker)
      conditions.append("q.entity_id IN (\(match.sql))")
      args += match.args
    }
    if let about = filter.about {
      let match = NameMatch.entityIDs(about)
      conditions.append("q.id IN (SELECT quote_id FROM quote_about WHERE entity_id IN (\(match.sql)))")
      args += match.args
    }
    if let search = filter.search {
      conditions.append("q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)")
      args.append(try FullTextQuery(search).expression)
    }
    if let kind = filter.kind {
      conditions.append("q.kind = ?")
      args.append(kind.rawValue)
    }
    let dates = DateFilter.conditions(column: "q.published", since: filter.since, until: filter.until)
    conditions += dates.sql
    args += dates.args
    let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    let from = "FROM quote q JOIN article a ON a.id = q.article_id LEFT JOIN entity e ON e.id = q.entity_id"
    let arguments = StatementArguments(args)
    return try StoreError.wrap {
      try pool.read { db in
        // Every condition is on the quote itself, so counting needs no joins.
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM quote q \(whereClause)", arguments: arguments) ?? 0
        let items = try QuoteRow.fetchAll(
          db,
          sql: """
            SELECT \(QuoteRow.columns) \(from) \(whereClause)
            ORDER BY q.published DESC, q.article_id, q.start LIMIT ? OFFSET ?
            """,
          arguments: arguments + [filter.limit, filter.offset])
        return Page(items: items, total: total, limit: filter.limit, offset: filter.offset)
      }
    }
  }
}
