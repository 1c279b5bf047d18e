import Foundation

/// Reads a file line by line in fixed-size chunks, so that a JSONL file of any
/// size is read in memory proportional to its longest line.
struct LineReader {
  private let handle: FileHandle
  private var buffer = Data()
  private var atEnd = false
  private let chunkSize = 1 << 20

  init(path: String) throws(SaysoError) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .unreadable(path: path, reason: "permission denied or not a regular file")
    }
    self.handle = handle
  }

  /// The next line without its newline, or `nil` at the end of the file.
  mutating func next() -> Data? {
    while true {
      if let newline = buffer.firstIndex(of: 0x0A) {
        let line = buffer[buffer.startIndex..<newline]
        buffer = buffer[(newline + 1)...]
        return Data(line)
      }
      if atEnd {
        guard !buffer.isEmpty else { return nil }
        defer { buffer = Data() }
        return Data(buffer)
      }
      let chunk = handle.readData(ofLength: chunkSize)
      if chunk.isEmpty {
        atEnd = true
      } else {
        buffer.append(chunk)
      }
    }
  }
}
