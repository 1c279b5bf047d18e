import GRDB

extension Store {
  /// The speaker page's data for one entity, or nil when the id is unknown.
  public func profile(id: Int64, quotes limit: Int = 50) throws(StoreError) -> SpeakerProfile? {
    guard let speaker = try speaker(id: id) else { return nil }
    let recent = try quotes(QuoteFilter(speaker: String(id), limit: limit)).items
    return try StoreError.wrap {
      try pool.read { db in
        let months = try Row.fetchAll(
          db,
          sql: """
            SELECT substr(published, 1, 7) AS label, count(*) AS n FROM quote
            WHERE entity_id = ? AND published IS NOT NULL GROUP BY label ORDER BY label
            """, arguments: [id])
        let about = try Row.fetchAll(
          db,
          sql: """
            SELECT e.id, e.name AS label, count(*) AS n FROM quote q JOIN quote_about t ON t.quote_id = q.id
            JOIN entity e ON e.id = t.entity_id WHERE q.entity_id = ? AND e.id != ?
            GROUP BY e.id ORDER BY n DESC, e.name LIMIT 20
            """, arguments: [id, id])
        let outlets = try Row.fetchAll(
          db,
          sql: """
            SELECT coalesce(a.site, 'unknown') AS label, count(*) AS n FROM quote q
            JOIN article a ON a.id = q.article_id WHERE q.entity_id = ? GROUP BY label ORDER BY n DESC LIMIT 20
            """, arguments: [id])
        func counts(_ rows: [Row]) -> [SpeakerProfile.Count] {
          rows.map { SpeakerProfile.Count(label: $0["label"], id: $0["id"], count: $0["n"]) }
        }
        return SpeakerProfile(
          speaker: speaker, byMonth: counts(months), about: counts(about), quotedBy: counts(outlets), quotes: recent)
      }
    }
  }
}
