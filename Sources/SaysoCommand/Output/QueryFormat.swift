import ArgumentParser

/// How the query commands print their results.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
  /// Aligned columns for a terminal.
  case table
  /// Pretty-printed JSON, as the API returns it.
  case json
  /// RFC 4180 CSV with a header row, for spreadsheets, R and pandas.
  case csv
}
