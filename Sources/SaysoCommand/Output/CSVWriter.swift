/// Rows as RFC 4180 CSV: fields with commas, quotes or line breaks are quoted,
/// quotes inside doubled; lines end in CRLF as the RFC asks.
struct CSVWriter {
  private(set) var output = ""

  init(header: [String]) { append(header) }

  mutating func append(_ fields: [String?]) {
    output += fields.map { Self.field($0 ?? "") }.joined(separator: ",") + "\r\n"
  }

  static func field(_ value: String) -> String {
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
