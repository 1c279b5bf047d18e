import GRDB

extension Store {
  /// The network of the `speakers` most quoted speakers and, for each, up to
  /// `perSpeaker` entities they name most; at most `speakers × (perSpeaker + 1)` nodes.
  public func network(speakers: Int = 60, perSpeaker: Int = 6) throws(StoreError) -> NetworkGraph {
    try StoreError.wrap {
      try pool.read { db in
        let top = try Row.fetchAll(
          db,
          sql: "SELECT id, name, type, quote_count FROM entity WHERE quote_count > 0 ORDER BY quote_count DESC LIMIT ?",
          arguments: [speakers])
        var nodes: [Int64: NetworkGraph.Node] = [:]
        var order: [Int64] = []
        func add(_ row: Row, quotes: Int) {
          let id: Int64 = row["id"]
          if nodes[id] == nil { order.append(id) }
          nodes[id] = NetworkGraph.Node(id: id, name: row["name"], type: row["type"], quotes: quotes)
        }
        for row in top { add(row, quotes: row["quote_count"]) }
        var links: [NetworkGraph.Link] = []
        for row in top {
          let source: Int64 = row["id"]
          let mentioned = try Row.fetchAll(
            db,
            sql: """
              SELECT e.id, e.name, e.type, e.quote_count, count(*) AS n FROM quote q
              JOIN quote_about t ON t.quote_id = q.id JOIN entity e ON e.id = t.entity_id
              WHERE q.entity_id = ? AND e.id != ? GROUP BY e.id ORDER BY n DESC LIMIT ?
              """, arguments: [source, source, perSpeaker])
          for m in mentioned {
            if nodes[m["id"]] == nil { add(m, quotes: m["quote_count"]) }
            links.append(NetworkGraph.Link(source: source, target: m["id"], weight: m["n"]))
          }
        }
        return NetworkGraph(nodes: order.compactMap { nodes[$0] }, links: links)
      }
    }
  }
}
