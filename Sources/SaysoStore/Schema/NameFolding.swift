import GRDB

/// The SQL function `fold_name(name)`: a name as ``NameKey`` compares it
/// (case and accents folded, full stops dropped), so that queries match names
/// the way ingest merged them.
enum NameFolding {
  static let function = DatabaseFunction("fold_name", argumentCount: 1, pure: true) { values in
    guard let name = String.fromDatabaseValue(values[0]) else { return nil }
    return NameKey.words(name).joined(separator: " ")
  }
}
