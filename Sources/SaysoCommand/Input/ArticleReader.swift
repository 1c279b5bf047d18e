import Foundation
import SaysoIntake

/// Reads articles from ``InputSource``s one at a time, so that memory does not
/// grow with the number of articles. Web pages come out with their HTML for
/// ``ParallelRunner`` to extract; WARC records are read one by one, and a
/// malformed record is reported on standard error and skipped.
public struct ArticleReader {
  private var sources: [InputSource]
  private var lines: LineStream?
  private var linePath = ""
  private var lineNumber = 0
  private var archive: WARCReader?
  private var stdinArticles: [Article] = []
  /// Files larger than this (after gunzip) are refused.
  static let maxFileBytes = 256 << 20

  /// Creates a reader over the given sources, read in order.
  public init(_ sources: [InputSource]) {
    self.sources = sources.reversed()
  }

  /// The next article, or `nil` when all sources are read.
  public mutating func next() throws(SaysoError) -> Article? {
    while true {
      if !stdinArticles.isEmpty { return stdinArticles.removeFirst() }
      if var reader = lines {
        while let line = try intake({ () throws(IntakeError) in try reader.next() }) {
          lineNumber += 1
          if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
          lines = reader
          return try PageLine.parse(Data(line), path: linePath, number: lineNumber)
        }
        lines = nil
      }
      if var reader = archive {
        let page = try intake({ () throws(IntakeError) in try reader.next() })
        Self.report(reader.warnings)
        reader.warnings.removeAll()
        archive = page == nil ? nil : reader
        if let page {
          return Article(
            id: page.id, text: "", origin: "\(linePath) record \(page.id) at byte \(page.offset)", html: page.html,
            url: page.targetURI, charset: page.charset)
        }
        continue
      }
      guard let source = sources.popLast() else { return nil }
      switch source {
      case .textFile(let path):
        return try readFile(path)
      case .jsonLines(let path):
        lines = try intake({ () throws(IntakeError) in try LineStream(path: path) })
        linePath = path
        lineNumber = 0
      case .warc(let path):
        archive = try intake({ () throws(IntakeError) in try WARCReader(path: path) })
        linePath = path
      case .standardInput:
        stdinArticles = try readStandardInput()
      }
    }
  }

  /// Runs an intake step, turning its error into a ``SaysoError``.
  private func intake<T>(_ body: () throws(IntakeError) -> T) throws(SaysoError) -> T {
    do { return try body() } catch { throw .intake(error) }
  }

  /// Prints warnings about skipped records on standard error.
  static func report(_ warnings: [String]) {
    for w in warnings { FileHandle.standardError.write(Data("warning: \(w)\n".utf8)) }
  }

  private func readFile(_ path: String) throws(SaysoError) -> Article {
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw .unreadable(path: path, reason: "permission denied or not a regular file")
    }
    let bytes = try intake({ () throws(IntakeError) in try FileChunks.readAll(path, limit: Self.maxFileBytes) })
    return try article(from: bytes, id: InputSource.documentID(for: path), path: path)
  }

  /// One article from the whole content of a file: an HTML page or text.
  private func article(from bytes: [UInt8], id: String, path: String) throws(SaysoError) -> Article {
    let lower = path.lowercased()
    if InputKind.detect(bytes.prefix(4096)) == .html || lower.hasSuffix(".html") || lower.hasSuffix(".htm")
      || lower.hasSuffix(".html.gz") || lower.hasSuffix(".htm.gz")
    {
      return Article(id: id, text: "", origin: path, html: bytes)
    }
    let (text, warnings) = try TextDecoder.decode(Data(bytes), path: path)
    return Article(id: id, text: text, origin: path, warnings: warnings)
  }

  private func readStandardInput() throws(SaysoError) -> [Article] {
    let raw = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    var bytes = raw
    if Gzip.isGzip(bytes) {
      bytes = try intake({ () throws(IntakeError) in
        try Gzip.decompress(bytes, path: "<stdin>", limit: Self.maxFileBytes)
      })
    }
    switch InputKind.detect(bytes.prefix(4096)) {
    case .jsonLines:
      var articles: [Article] = []
      var number = 0
      for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
        number += 1
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
        articles.append(try PageLine.parse(Data(line), path: "<stdin>", number: number))
      }
      return articles
    case .warc:
      // From the raw bytes, so that offsets name gzip members as in a file.
      var reader = WARCReader(MemoryChunks(raw), path: "<stdin>")
      var articles: [Article] = []
      while let page = try intake({ () throws(IntakeError) in try reader.next() }) {
        articles.append(
          Article(
            id: page.id, text: "", origin: "<stdin> record \(page.id) at byte \(page.offset)", html: page.html,
            url: page.targetURI, charset: page.charset))
      }
      Self.report(reader.warnings)
      return articles
    default:
      return [try article(from: bytes, id: "stdin", path: "<stdin>")]
    }
  }
}
