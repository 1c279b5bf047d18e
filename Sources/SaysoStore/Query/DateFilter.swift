/// Dates as filters take them: a year, a month or a day, in ISO form.
/// Stored dates are `YYYY-MM-DD` strings, so comparing prefixes compares dates.
enum DateFilter {
  static func isValid(_ value: String) -> Bool {
    let parts = value.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4 else { return false }
    guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
      return false
    }
    if parts.count > 1, parts[1].count != 2 || !(1...12).contains(Int(parts[1]) ?? 0) { return false }
    if parts.count > 2, parts[2].count != 2 || !(1...31).contains(Int(parts[2]) ?? 0) { return false }
    return true
  }

  /// Checks a since/until pair, with a message naming the bad value.
  static func validate(since: String?, until: String?) throws(StoreError) {
    for (name, value) in [("since", since), ("until", until)] {
      if let value, !isValid(value) {
        throw .badFilter("\(name) must be a date such as 2024, 2024-03 or 2024-03-15, not \"\(value)\"")
      }
    }
  }

  /// SQL conditions on a `published` column for a since/until pair.
  static func conditions(column: String, since: String?, until: String?) -> (sql: [String], args: [String]) {
    var sql: [String] = []
    var args: [String] = []
    if let since {
      sql.append("\(column) >= ?")
      args.append(since)
    }
    if let until {
      // "2024-03" as an upper bound includes every day of March.
      sql.append("substr(\(column), 1, \(until.count)) <= ?")
      args.append(until)
    }
    return (sql, args)
  }
}
