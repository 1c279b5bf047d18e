import GRDB

/// The versioned schema of a Sayso database. Each migration runs once, in its
/// own transaction, and is recorded in the file; a new version of Sayso only
/// ever appends migrations, so older files upgrade in place.
enum StoreMigrator {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: articles, quotes, entities, full-text search") { db in
      try db.execute(sql: Schema.v1)
    }
    migrator.registerMigration("v2: political events") { db in
      try db.execute(sql: Schema.v2)
    }
    return migrator
  }
}
