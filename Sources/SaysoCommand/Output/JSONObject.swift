import Sayso

/// A JSON object built key by key into one string.
struct JSONObject {
  private var out = "{"
  private var first = true

  private mutating func key(_ k: String) {
    if !first { out += "," }
    first = false
    out += "\""
    out += k
    out += "\":"
  }

  mutating func raw(_ k: String, _ json: String) {
    key(k)
    out += json
  }

  mutating func string(_ k: String, _ value: String?) {
    key(k)
    if let value { Self.appendQuoted(value, to: &out) } else { out += "null" }
  }

  mutating func int(_ k: String, _ value: Int?) {
    key(k)
    out += value.map(String.init) ?? "null"
  }

  mutating func span(_ k: String, _ span: TextSpan?) {
    key(k)
    out += span.map { "[\($0.start),\($0.end)]" } ?? "null"
  }

  mutating func close() -> String {
    out += "}"
    return out
  }

  static func quoted(_ s: String) -> String {
    var out = ""
    appendQuoted(s, to: &out)
    return out
  }

  /// Escapes quotes, backslashes and control characters; everything else,
  /// non-ASCII included, is copied as UTF-8 bytes.
  static func appendQuoted(_ s: String, to out: inout String) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(s.utf8.count + 2)
    bytes.append(0x22)
    for b in s.utf8 {
      switch b {
      case 0x22: bytes += [0x5C, 0x22]
      case 0x5C: bytes += [0x5C, 0x5C]
      case 0x0A: bytes += [0x5C, 0x6E]
      case 0x0D: bytes += [0x5C, 0x72]
      case 0x09: bytes += [0x5C, 0x74]
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
      default: bytes.append(b)
      }
    }
    bytes.append(0x22)
    out += String(decoding: bytes, as: UTF8.self)
  }
}
