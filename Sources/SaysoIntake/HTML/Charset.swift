import CLibXML2

/// Finds which character encoding a page is written in, the way browsers do:
/// a byte-order mark, then the transport's (HTTP) charset, then a
/// `<meta charset>` or `<meta http-equiv="Content-Type">` in the first bytes,
/// then UTF-8 when the bytes are valid UTF-8, else windows-1252.
///
/// ```swift
/// let bytes = Array(#"<meta charset="windows-1256"><p>…"#.utf8)
/// Charset.declared(in: bytes)  // "windows-1256"
/// ```
public enum Charset {
  /// How the encoding was decided, for the warning a caller may give.
  public struct Choice: Equatable, Sendable {
    /// The encoding name to give the parser.
    public var name: String
    /// A problem worth a warning (unknown or missing declaration), if any.
    public var warning: String?
  }

  /// Chooses the encoding for `bytes`; `transport` is an HTTP header's charset.
  public static func choose(_ bytes: [UInt8], transport: String? = nil) -> Choice {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Choice(name: "UTF-8") }
    if bytes.starts(with: [0xFF, 0xFE]) { return Choice(name: "UTF-16LE") }
    if bytes.starts(with: [0xFE, 0xFF]) { return Choice(name: "UTF-16BE") }
    for label in [transport, declared(in: bytes)].compactMap({ $0 }) {
      let name = canonical(label)
      if isKnown(name) { return Choice(name: name) }
      return Choice(
        name: fallback(bytes),
        warning: "unknown charset \"\(label)\"; read as \(fallback(bytes)), some characters may be wrong")
    }
    let name = fallback(bytes)
    return Choice(
      name: name,
      warning: name == "UTF-8" ? nil : "no charset declared and not valid UTF-8; read as windows-1252")
  }

  /// The charset a `<meta>` tag declares in the first 4 KB, lower-cased.
  public static func declared(in bytes: [UInt8]) -> String? {
    let head = bytes.prefix(4096).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    let key = Array("charset".utf8)
    var i = 0
    while i + key.count < head.count {
      defer { i += 1 }
      guard head[i] == key[0], Array(head[i..<i + key.count]) == key, insideMeta(head, before: i) else { continue }
      var j = i + key.count
      while j < head.count, head[j] == 0x20 { j += 1 }
      guard j < head.count, head[j] == UInt8(ascii: "=") else { continue }
      j += 1
      while j < head.count, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
      var label: [UInt8] = []
      while j < head.count, isLabelByte(head[j]) { label.append(head[j]); j += 1 }
      if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
    }
    return nil
  }

  /// Maps labels to the names libxml2 (iconv) knows; ISO-8859-1 and ASCII are
  /// read as windows-1252, as browsers do.
  static func canonical(_ label: String) -> String {
    let l = label.lowercased()
    switch l {
    case "utf8", "utf-8", "unicode-1-1-utf-8": return "UTF-8"
    case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252":
      return "windows-1252"
    default: return l.uppercased()
    }
  }

  /// Whether libxml2 can convert from `name`.
  static func isKnown(_ name: String) -> Bool {
    guard let handler = xmlFindCharEncodingHandler(name) else { return false }
    xmlCharEncCloseFunc(handler)
    return true
  }

  private static func fallback(_ bytes: [UInt8]) -> String {
    isValidUTF8(bytes) ? "UTF-8" : "windows-1252"
  }

  static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    var it = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&it) {
      case .scalarValue: continue
      case .emptyInput: return true
      case .error: return false
      }
    }
  }

  private static func insideMeta(_ head: [UInt8], before index: Int) -> Bool {
    var k = index - 1
    while k >= 0, head[k] != UInt8(ascii: "<"), head[k] != UInt8(ascii: ">") { k -= 1 }
    guard k >= 0, head[k] == UInt8(ascii: "<"), k + 5 <= head.count else { return false }
    return Array(head[(k + 1)..<(k + 5)]) == Array("meta".utf8)
  }

  private static func isLabelByte(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x3A || b == 0x2E
  }
}
