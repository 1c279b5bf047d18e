import GRDB

/// Why the store could not do what was asked, phrased so that the user knows
/// what to do next.
///
/// ```swift
/// do { _ = try Store(path: "/nonexistent/x.sqlite") } catch { print(error) }
/// // cannot open database /nonexistent/x.sqlite: unable to open database file
/// ```
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file could not be opened or is not a Sayso database.
  case cannotOpen(path: String, reason: String)
  /// A read-only command was pointed at a file that does not exist.
  case missing(path: String)
  /// The file was made by an older Sayso and must be opened for writing once to migrate it.
  case outdated(path: String)
  /// The file was made by a newer Sayso.
  case newer(path: String)
  /// A query or write failed.
  case failed(String)
  /// A filter value could not be understood.
  case badFilter(String)

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason): "cannot open database \(path): \(reason)"
    case .missing(let path):
      "no database at \(path): run `sayso ingest INPUT --db \(path)` first, or pass --db with an existing file"
    case .outdated(let path):
      "database \(path) has an older schema: run `sayso ingest --db \(path)` once to upgrade it"
    case .newer(let path): "database \(path) was written by a newer version of Sayso; upgrade sayso to read it"
    case .failed(let message): "database error: \(message)"
    case .badFilter(let message): message
    }
  }

  /// SQLite's own message, without GRDB's SQL echo.
  static func reason(_ error: any Error) -> String {
    if let db = error as? DatabaseError { return db.message ?? "\(db.resultCode)" }
    return "\(error)"
  }

  /// Runs a database operation, turning its errors into ``StoreError``.
  static func wrap<T>(_ body: () throws -> T) throws(StoreError) -> T {
    do { return try body() } catch let error as StoreError { throw error } catch {
      throw .failed(reason(error))
    }
  }
}
