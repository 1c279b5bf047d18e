import Foundation
import GRDB
import Sayso

/// Finds or creates the corpus entity for one article's entity, inside the
/// ingest transaction, and keeps its counts, roles and dates current.
///
/// A one-word person name ("Larijani") joins the only full-named person in the
/// corpus with that surname. With two or more candidates ("Ali Larijani",
/// "Sadegh Larijani") it joins the one whose roles share a word with its own
/// ("Secretary Larijani" and "Secretary of the Supreme National Security
/// Council"), and otherwise stays apart, because nothing says which one is meant.
/// When a full name arrives after such one-word entries and is the only full
/// name with that surname, it takes them over.
struct EntityLinker {
  let db: Database

  /// The corpus id for `entity`, after adding this article's counts to it.
  func link(_ entity: Entity, articleID: Int64, published: String?, quotes: Int) throws -> Int64 {
    let name = NameKey(entity: entity, articleID: articleID)
    let id = try find(name, roles: entity.roles) ?? create(entity, name)
    let row = try db.row("SELECT roles, first_seen, last_seen FROM entity WHERE id = ?", [id])
    let roles = RoleList.merge(RoleList.decode(row?["roles"]), entity.roles)
    let first = [row?["first_seen"] as String?, published].compactMap { $0 }.min()
    let last = [row?["last_seen"] as String?, published].compactMap { $0 }.max()
    try db.run(
      """
      UPDATE entity SET roles = ?, first_seen = ?, last_seen = ?, quote_count = quote_count + ?,
        article_count = article_count + 1 WHERE id = ?
      """, [RoleList.encode(roles), first, last, quotes, id])
    if !name.isSurnameOnly, let surname = name.surname { try absorbSurnameOnly(surname, into: id) }
    return id
  }

  private func find(_ name: NameKey, roles: [String]) throws -> Int64? {
    if let row = try db.row("SELECT id FROM entity WHERE merge_key = ?", [name.key]) { return row["id"] }
    guard name.isSurnameOnly, let surname = name.surname else { return nil }
    let candidates = try db.rows(
      "SELECT id, roles FROM entity WHERE type = 'person' AND surname = ? AND merge_key != ? LIMIT 50",
      [surname, name.key])
    if candidates.count == 1 { return candidates[0]["id"] }
    let words = RoleList.words(roles)
    guard !words.isEmpty else { return nil }
    let matching = candidates.filter { !RoleList.words(RoleList.decode($0["roles"])).isDisjoint(with: words) }
    return matching.count == 1 ? matching[0]["id"] : nil
  }

  private func create(_ entity: Entity, _ name: NameKey) throws -> Int64 {
    try db.run(
      "INSERT INTO entity (name, type, merge_key, surname) VALUES (?, ?, ?, ?)",
      [entity.name, entity.type.rawValue, name.key, name.surname])
    return db.lastInsertedRowID
  }

  /// Moves a one-word entry ("person:larijani") into the only full name with that surname.
  private func absorbSurnameOnly(_ surname: String, into id: Int64) throws {
    // Most names have no one-word entry to take over; that check is one index lookup.
    guard try db.row("SELECT id FROM entity WHERE merge_key = ?", ["person:\(surname)"]) != nil else { return }
    let full = try Int.fetchOne(
      db, sql: "SELECT count(*) FROM entity WHERE type = 'person' AND surname = ? AND merge_key != ?",
      arguments: [surname, "person:\(surname)"])
    guard full == 1,
      let old = try Row.fetchOne(db, sql: "SELECT * FROM entity WHERE merge_key = ?", arguments: ["person:\(surname)"])
    else { return }
    let oldID: Int64 = old["id"]
    try db.execute(sql: "UPDATE quote SET entity_id = ? WHERE entity_id = ?", arguments: [id, oldID])
    try db.execute(sql: "UPDATE article_entity SET entity_id = ? WHERE entity_id = ?", arguments: [id, oldID])
    try db.execute(sql: "UPDATE OR IGNORE quote_about SET entity_id = ? WHERE entity_id = ?", arguments: [id, oldID])
    try db.execute(sql: "DELETE FROM quote_about WHERE entity_id = ?", arguments: [oldID])
    try db.execute(sql: "UPDATE event SET source_entity_id = ? WHERE source_entity_id = ?", arguments: [id, oldID])
    try db.execute(sql: "UPDATE event SET target_entity_id = ? WHERE target_entity_id = ?", arguments: [id, oldID])
    let row = try Row.fetchOne(db, sql: "SELECT * FROM entity WHERE id = ?", arguments: [id])
    let roles = RoleList.merge(RoleList.decode(row?["roles"]), RoleList.decode(old["roles"]))
    let first = [row?["first_seen"] as String?, old["first_seen"] as String?].compactMap { $0 }.min()
    let last = [row?["last_seen"] as String?, old["last_seen"] as String?].compactMap { $0 }.max()
    try db.execute(
      sql: """
        UPDATE entity SET roles = ?, first_seen = ?, last_seen = ?, quote_count = quote_count + ?,
          article_count = article_count + ? WHERE id = ?
        """,
      arguments: [RoleList.encode(roles), first, last, old["quote_count"] as Int, old["article_count"] as Int, id])
    try db.execute(sql: "DELETE FROM entity WHERE id = ?", arguments: [oldID])
  }
}
