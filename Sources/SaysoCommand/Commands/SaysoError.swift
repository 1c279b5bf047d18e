import SaysoIntake

/// Errors of the command line, each with a message that says what to fix.
///
/// ```
/// Error: no such file: reports/today.txt
/// ```
public enum SaysoError: Error, CustomStringConvertible, Equatable {
  case fileNotFound(String)
  case noArticles(String)
  case binaryInput(String)
  case badJSONLine(path: String, line: Int, reason: String)
  case unreadable(path: String, reason: String)
  case badOption(String)
  case tooLarge(origin: String, megabytes: Int, limit: Int)
  /// A stored article or speaker that is not there.
  case notFound(String)
  /// A web page, gzip stream or web archive that cannot be read.
  case intake(IntakeError)

  public var description: String {
    switch self {
    case .fileNotFound(let path): return "no such file or directory: \(path)"
    case .noArticles(let path): return "no articles (.txt, .jsonl, .html, .htm, .warc or .gz files) found in \(path)"
    case .binaryInput(let path): return "\(path) looks like binary data, not text; give a UTF-8 text or JSONL file"
    case .badJSONLine(let path, let line, let reason):
      return "\(path):\(line): \(reason); each line must be a JSON object like {\"doc_id\": \"…\", \"text\": \"…\"}"
    case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
    case .badOption(let message): return message
    case .tooLarge(let origin, let megabytes, let limit):
      return "\(origin): article of \(megabytes) MB is over the \(limit) MB limit and was skipped; "
        + "split the input or raise --max-article-mb"
    case .notFound(let message): return message
    case .intake(let error): return error.description
    }
  }
}
