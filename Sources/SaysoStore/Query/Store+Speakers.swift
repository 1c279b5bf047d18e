import GRDB

extension Store {
  /// Speakers (entities with at least one quote), most quoted first.
  ///
  /// - Parameter name: whole words of the name to look for.
  public func speakers(name: String? = nil, limit: Int = 50, offset: Int = 0) throws(StoreError) -> Page<SpeakerRow> {
    try Paging.validate(limit: limit, offset: offset)
    var conditions = ["quote_count > 0"]
    var args: [(any DatabaseValueConvertible)?] = []
    if let name {
      let match = NameMatch.entityIDs(name)
      conditions.append("id IN (\(match.sql))")
      args += match.args
    }
    let whereClause = "WHERE " + conditions.joined(separator: " AND ")
    let arguments = StatementArguments(args)
    return try StoreError.wrap {
      try pool.read { db in
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM entity \(whereClause)", arguments: arguments) ?? 0
        let items = try SpeakerRow.fetchAll(
          db, sql: "SELECT * FROM entity \(whereClause) ORDER BY quote_count DESC, name LIMIT ? OFFSET ?",
          arguments: arguments + [limit, offset])
        return Page(items: items, total: total, limit: limit, offset: offset)
      }
    }
  }

  /// One entity by id, or nil.
  public func speaker(id: Int64) throws(StoreError) -> SpeakerRow? {
    try StoreError.wrap {
      try pool.read { db in try SpeakerRow.fetchOne(db, sql: "SELECT * FROM entity WHERE id = ?", arguments: [id]) }
    }
  }
}
