@testable import SaysoIntake

/// Builds small WARC files in memory, optionally gzipped per record as
/// Common Crawl writes them.
struct WARCBuilder {
  private(set) var records: [[UInt8]] = []

  /// Adds a record; `lengthDelta` falsifies its Content-Length.
  mutating func add(type: String, id: String, uri: String? = nil, block: String, lengthDelta: Int = 0) {
    let body = Array(block.utf8)
    var header = "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <\(id)>\r\n"
    if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
    header += "Content-Length: \(body.count + lengthDelta)\r\n\r\n"
    records.append(Array(header.utf8) + body + Array("\r\n\r\n".utf8))
  }

  /// An HTTP 200 response carrying `html`.
  static func response(_ html: String, contentType: String = "text/html; charset=utf-8") -> String {
    "HTTP/1.1 200 OK\r\nContent-Type: \(contentType)\r\n\r\n" + html
  }

  var plain: [UInt8] { records.flatMap { $0 } }
  var gzippedPerRecord: [UInt8] { records.flatMap { Gzip.compress($0) } }
}
