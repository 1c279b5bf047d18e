/// Matching actor codes: "IRN" finds "IRN", "IRN GOV" and "IRN MIL"; "IRN GOV"
/// finds only itself.
enum ActorCodeMatch {
  /// Whether text looks like a code: three capital letters, optionally a space
  /// and a sector of three capitals.
  static func isCode(_ text: String) -> Bool {
    let parts = text.split(separator: " ")
    guard (1...2).contains(parts.count) else { return false }
    return parts.allSatisfy { $0.count == 3 && $0.allSatisfy { $0.isASCII && $0.isUppercase } }
  }

  /// Whether text is a bare country code.
  static func isCountry(_ text: String) -> Bool { isCode(text) && !text.contains(" ") }

  /// A condition on one code column and its arguments.
  static func condition(_ column: String, _ code: String) -> (sql: String, args: [String]) {
    isCountry(code) ? ("(\(column) = ? OR \(column) LIKE ?)", [code, code + " %"]) : ("\(column) = ?", [code])
  }
}
