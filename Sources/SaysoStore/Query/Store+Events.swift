import GRDB

extension Store {
  /// Events that pass `filter`, newest first by event date (else publication date).
  public func events(_ filter: EventFilter) throws(StoreError) -> Page<EventRow> {
    try filter.validate()
    var conditions: [String] = []
    var args: [(any DatabaseValueConvertible)?] = []
    if let actor = filter.actor {
      if ActorCodeMatch.isCode(actor) {
        let s = ActorCodeMatch.condition("ev.source_code", actor)
        let t = ActorCodeMatch.condition("ev.target_code", actor)
        conditions.append("(\(s.sql) OR \(t.sql))")
        args += s.args + t.args
      } else {
        let match = NameMatch.entityIDs(actor)
        conditions.append("(ev.source_entity_id IN (\(match.sql)) OR ev.target_entity_id IN (\(match.sql)))")
        args += match.args + match.args
      }
    }
    if let pair = filter.between, pair.count == 2 {
      let a = ActorCodeMatch.condition("ev.source_code", pair[0])
      let b = ActorCodeMatch.condition("ev.target_code", pair[1])
      let c = ActorCodeMatch.condition("ev.source_code", pair[1])
      let d = ActorCodeMatch.condition("ev.target_code", pair[0])
      conditions.append("((\(a.sql) AND \(b.sql)) OR (\(c.sql) AND \(d.sql)))")
      args += a.args + b.args + c.args + d.args
    }
    if let type = filter.type {
      conditions.append("ev.type = ?")
      args.append(type.rawValue)
    }
    let dates = DateFilter.conditions(
      column: "coalesce(ev.date, ev.published)", since: filter.since, until: filter.until)
    conditions += dates.sql
    args += dates.args
    let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    let arguments = StatementArguments(args)
    return try StoreError.wrap {
      try pool.read { db in
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM event ev \(whereClause)", arguments: arguments) ?? 0
        let items = try EventRow.fetchAll(
          db,
          sql: """
            SELECT ev.*, a.doc_id, a.title, a.url, coalesce(en.name, q.speaker) AS claim_speaker
            FROM event ev JOIN article a ON a.id = ev.article_id LEFT JOIN quote q ON q.id = ev.claimed_by
            LEFT JOIN entity en ON en.id = q.entity_id \(whereClause)
            ORDER BY coalesce(ev.date, ev.published) DESC, ev.article_id, ev.trigger_start LIMIT ? OFFSET ?
            """,
          arguments: arguments + [filter.limit, filter.offset])
        return Page(items: items, total: total, limit: filter.limit, offset: filter.offset)
      }
    }
  }
}
