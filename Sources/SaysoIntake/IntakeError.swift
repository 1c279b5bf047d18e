/// Why a web page, gzip stream or web archive could not be read; each message
/// names the file (and record or byte offset) and says what to do.
///
/// ```swift
/// do { _ = try Gzip.decompress(bytes, path: "page.html.gz") }
/// catch { print(error) }  // page.html.gz: gzip data ends early at byte 812; …
/// ```
public enum IntakeError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Gzip data stopped before its end marker (a cut download or copy).
  case truncatedGzip(path: String, offset: Int)
  /// Gzip data that zlib rejects.
  case corruptGzip(path: String, offset: Int, reason: String)
  /// A decompressed or raw page larger than the reader accepts.
  case tooLarge(path: String, bytes: Int, limit: Int)
  /// A WARC record whose header cannot be read.
  case badWARCRecord(path: String, offset: Int, reason: String)
  /// The file cannot be opened or read.
  case unreadable(path: String, reason: String)
  /// libxml2 returned no document at all.
  case unparsableHTML(path: String)

  public var description: String {
    switch self {
    case .truncatedGzip(let path, let offset):
      return "\(path): gzip data ends early at byte \(offset) (truncated file?); re-download or re-copy it"
    case .corruptGzip(let path, let offset, let reason):
      return "\(path): corrupt gzip data at byte \(offset) (\(reason)); check the file with `gzip -t`"
    case .tooLarge(let path, let bytes, let limit):
      return "\(path): \(bytes) bytes is more than the \(limit)-byte limit for one page; split the input"
    case .badWARCRecord(let path, let offset, let reason):
      return "\(path): bad WARC record at byte \(offset): \(reason); the record was skipped"
    case .unreadable(let path, let reason):
      return "cannot read \(path): \(reason)"
    case .unparsableHTML(let path):
      return "\(path): the HTML parser returned no document; is this really a web page?"
    }
  }
}
