import ArgumentParser
import SaysoStore

/// The `--db` option every corpus command shares.
struct StoreOptions: ParsableArguments {
  @Option(name: .long, help: "The SQLite database file.")
  var db: String = "sayso.sqlite"

  /// Opens the database for queries; it must exist.
  func openForReading() throws(StoreError) -> Store { try Store(path: db, readOnly: true) }
}
