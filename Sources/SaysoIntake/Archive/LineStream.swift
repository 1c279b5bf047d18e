/// Lines of a file or stream, gunzipped when needed, in memory proportional
/// to the longest line.
///
/// ```swift
/// var lines = try LineStream(path: "batch.jsonl.gz")
/// while let line = try lines.next() { … }
/// ```
public struct LineStream {
  private var reader: ByteReader

  /// Opens `path`, gunzipping when its bytes say gzip.
  public init(path: String) throws(IntakeError) { reader = ByteReader(try FileChunks.open(path)) }

  /// Reads lines from `source`.
  public init(_ source: any ChunkSource) { reader = ByteReader(source) }

  /// The next line without its line end, or `nil` at the end.
  public mutating func next() throws(IntakeError) -> [UInt8]? { try reader.line(limit: Int.max) }
}
