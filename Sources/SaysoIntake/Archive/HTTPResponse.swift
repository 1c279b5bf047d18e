/// The HTTP message inside a WARC `response` record: status, headers and
/// body, with chunked transfer coding and gzip content coding undone.
///
/// ```swift
/// let r = HTTPResponse(Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Hi".utf8))
/// r?.isHTML  // true
/// ```
struct HTTPResponse {
  var status: Int
  var headers: HeaderFields
  var body: [UInt8]

  init?(_ block: [UInt8]) {
    var reader = ByteReader(MemoryChunks(block))
    guard let statusLine = try? reader.line(), statusLine.starts(with: Array("HTTP/".utf8)) else { return nil }
    let parts = String(decoding: statusLine, as: UTF8.self).split(separator: " ")
    status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    headers = HeaderFields()
    while let line = try? reader.line(), !line.isEmpty { _ = headers.add(line) }
    body = (try? reader.read(block.count)) ?? []
  }

  /// Whether the body is HTML: by `Content-Type`, or by its first bytes when none is given.
  var isHTML: Bool {
    if let type = headers["content-type"]?.lowercased() { return type.contains("html") }
    return InputKind.detect(body.prefix(1024)) == .html
  }

  /// The body with transfer and content codings removed.
  func decodedBody(path: String) throws(IntakeError) -> [UInt8] {
    var bytes = body
    if headers["transfer-encoding"]?.lowercased().contains("chunked") == true { bytes = Self.dechunk(bytes) }
    if let coding = headers["content-encoding"]?.lowercased(), coding.contains("gzip"), Gzip.isGzip(bytes) {
      bytes = try Gzip.decompress(bytes, path: path, limit: HTMLParser.maxBytes * 4)
    }
    return bytes
  }

  /// Joins the chunks of a chunked body; stops at a malformed size line.
  static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
    var reader = ByteReader(MemoryChunks(bytes))
    var out: [UInt8] = []
    while let line = try? reader.line() {
      let hex = String(decoding: line.prefix { $0 != UInt8(ascii: ";") }, as: UTF8.self).trimmed
      guard let size = Int(hex, radix: 16), size > 0 else { break }
      out += (try? reader.read(size)) ?? []
      _ = try? reader.line()
    }
    return out
  }
}
