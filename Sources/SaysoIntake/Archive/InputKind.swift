/// What a file holds, told from its first bytes rather than its name.
///
/// ```swift
/// InputKind.detect(Array("WARC/1.1\r\n".utf8))  // .warc
/// ```
public enum InputKind: Sendable, Equatable {
  case gzip, warc, html, jsonLines, text

  /// The kind of data starting with `head`.
  public static func detect<C: Collection<UInt8>>(_ head: C) -> InputKind {
    if Gzip.isGzip(head) { return .gzip }
    var bytes = Array(head.prefix(4096))
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
      return .text
    }
    let rest = Array(bytes[first...])
    if rest.starts(with: Array("WARC/".utf8)) { return .warc }
    if rest.first == UInt8(ascii: "{") { return .jsonLines }
    let lower = String(decoding: rest.prefix(1024), as: UTF8.self).lowercased()
    if lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html")
      || lower.hasPrefix("<?xml") && lower.contains("<html")
      || lower.hasPrefix("<!--") && lower.contains("<html")
    {
      return .html
    }
    if lower.hasPrefix("<") {
      for tag in ["<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<article", "<h1", "<script", "<link"]
      where lower.hasPrefix(tag) {
        return .html
      }
    }
    return .text
  }
}
