/// One article to analyse, with where it came from for messages.
public struct Article: Sendable, Equatable {
  /// The `doc_id` of the result.
  public var id: String
  /// The article text.
  public var text: String
  /// Where the article was read: a path, with a line number for JSONL.
  public var origin: String
  /// Problems met while reading it, such as repaired UTF-8.
  public var warnings: [String]

  /// Creates an article.
  public init(id: String, text: String, origin: String, warnings: [String] = []) {
    self.id = id
    self.text = text
    self.origin = origin
    self.warnings = warnings
  }
}
