import Foundation

/// Reads a WARC file (plain, gzipped whole, or gzipped per record as Common
/// Crawl writes it) record by record in constant memory, giving the HTML
/// pages of its `response` records. A malformed record adds a warning naming
/// the file and byte offset to ``warnings`` and is skipped; reading goes on at
/// the next `WARC/` version line.
///
/// ```swift
/// var reader = try WARCReader(path: "CC-MAIN-…warc.gz")
/// while let page = try reader.next() {
///   let article = try ArticleExtractor.extract(page.html, path: page.id, url: page.targetURI, charset: page.charset)
/// }
/// for w in reader.warnings { print("warning:", w) }
/// ```
public struct WARCReader {
  private var input: ByteReader
  private let path: String
  /// Problems met so far; the caller may print and clear them.
  public var warnings: [String] = []
  /// Records larger than this are skipped with a warning.
  public static let maxRecordBytes = HTMLParser.maxBytes * 2

  /// Opens `path`, gunzipping when its bytes say gzip.
  public init(path: String) throws(IntakeError) {
    self.init(try FileChunks.open(path), path: path)
  }

  /// Reads WARC data from `source` (gunzipped when compressed); `path` names it in messages.
  public init(_ source: any ChunkSource, path: String) {
    input = ByteReader((try? gunzippingIfNeeded(source, path: path)) ?? source)
    self.path = path
  }

  /// The next HTML page, or `nil` at the end. A gzip error ends the file with a warning.
  public mutating func next() throws(IntakeError) -> WARCPage? {
    do {
      while true {
        guard let record = try nextRecord() else { return nil }
        if let page = record { return page }
      }
    } catch {
      warnings.append(error.description)
      return nil
    }
  }

  /// One record: `nil` at the end, `.some(nil)` for a record that is not an HTML page.
  private mutating func nextRecord() throws(IntakeError) -> WARCPage?? {
    var versionLine: [UInt8]?
    var start = input.offset
    while let line = try input.line() {
      if line.starts(with: Array("WARC/".utf8)) {
        versionLine = line
        break
      }
      if !line.isEmpty {
        warn(start, "expected a WARC/1.x version line; skipping to the next record")
        try resync()
        start = input.offset
        continue
      }
      start = input.offset
    }
    guard versionLine != nil else { return nil }
    var headers = HeaderFields()
    var headerBytes = 0
    while let line = try input.line(), !line.isEmpty {
      headerBytes += line.count
      if !headers.add(line) || headerBytes > 1 << 16 {
        warn(start, "unreadable header line \"\(String(decoding: line.prefix(60), as: UTF8.self))\"")
        try resync()
        return .some(nil)
      }
    }
    guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
      warn(start, "missing or invalid Content-Length")
      try resync()
      return .some(nil)
    }
    let wanted = headers["warc-type"]?.lowercased() == "response"
    if length > Self.maxRecordBytes {
      let skipped = try input.skip(length)
      if skipped < length {
        warn(start, "record ends early: Content-Length \(length) but only \(skipped) bytes left")
        return nil
      }
      if wanted { warn(start, "record of \(length) bytes is over the \(Self.maxRecordBytes)-byte limit; skipped") }
      return try checkTrailer(start, length) ? .some(nil) : .some(nil)
    }
    var block = try input.read(length)
    let trailerOK = try trailerFollows()
    if block.count < length || !trailerOK {
      // A Content-Length that is too long runs into the next record: cut the
      // block where that record starts and read it next, so it is not lost.
      if let cut = Self.nextRecordStart(in: block) {
        input.unread(Array(block[cut.next...]))
        block = Array(block[..<cut.end])
        warn(start, "Content-Length \(length) runs into the next record; record cut where that one starts")
      } else if block.count < length {
        warn(start, "record ends early: Content-Length \(length) but only \(block.count) bytes left")
        return nil
      } else {
        guard try checkTrailer(start, length) else { return .some(nil) }
      }
    } else {
      _ = try checkTrailer(start, length)
    }
    guard wanted else { return .some(nil) }
    let id = (headers["warc-record-id"] ?? "record-\(start)").trimmingCharacters(in: ["<", ">"])
    guard let http = HTTPResponse(block), (200..<300).contains(http.status), http.isHTML else { return .some(nil) }
    let body: [UInt8]
    do { body = try http.decodedBody(path: "\(path) record \(id)") } catch {
      warn(start, "cannot decode the HTTP body: \(error.description)")
      return .some(nil)
    }
    return .some(
      WARCPage(
        id: id, targetURI: headers["warc-target-uri"], offset: input.fileOffset(start), html: body,
        charset: http.headers.charset))
  }

  /// Whether the block is followed by its blank line (or the end of the input).
  private mutating func trailerFollows() throws(IntakeError) -> Bool {
    let next = try input.peek(4)
    return next.isEmpty || next.starts(with: [0x0D, 0x0A]) || next.starts(with: [0x0A])
  }

  /// Where a record boundary ("CRLF CRLF WARC/1.") sits inside a block: the
  /// end of this record's bytes and the start of the next record.
  static func nextRecordStart(in block: [UInt8]) -> (end: Int, next: Int)? {
    let marker = Array("\r\n\r\nWARC/1.".utf8)
    guard block.count >= marker.count else { return nil }
    var i = 0
    while i + marker.count <= block.count {
      if block[i] == 0x0D, block[i..<(i + marker.count)].elementsEqual(marker) { return (i, i + 4) }
      i += 1
    }
    return nil
  }

  /// After the block comes a blank line (CRLF CRLF); anything else means the
  /// Content-Length was wrong. Returns false (with a warning) then.
  private mutating func checkTrailer(_ start: Int, _ length: Int) throws(IntakeError) -> Bool {
    let next = try input.peek(4)
    if next.isEmpty { return true }
    if next.starts(with: [0x0D, 0x0A, 0x0D, 0x0A]) {
      _ = try input.skip(4)
      return true
    }
    if next.starts(with: [0x0A, 0x0A]) || next.starts(with: [0x0D, 0x0A]) || next.starts(with: [0x0A]) {
      _ = try input.line()
      return true
    }
    warn(start, "Content-Length \(length) does not end at the record's end; record skipped")
    try resync()
    return false
  }

  /// Skips lines up to (not including) the next `WARC/` version line.
  private mutating func resync() throws(IntakeError) {
    while true {
      let head = try input.peek(5)
      if head.isEmpty || head == Array("WARC/".utf8) { return }
      _ = try input.line()
    }
  }

  private mutating func warn(_ offset: Int, _ message: String) {
    warnings.append("\(path): WARC record at byte \(input.fileOffset(offset)): \(message)")
  }
}
