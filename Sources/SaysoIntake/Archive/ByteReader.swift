/// Buffered reading of lines and counted blocks over a ``ChunkSource``,
/// keeping only unread bytes, with the decompressed offset of each read.
struct ByteReader {
  private var source: any ChunkSource
  private var buffer: [UInt8] = []
  private var position = 0  // index of the next unread byte in `buffer`
  private var atEnd = false
  /// Decompressed offset of the next unread byte.
  private(set) var offset = 0

  init(_ source: any ChunkSource) { self.source = source }

  /// The file offset to name in messages for decompressed `offset`.
  func fileOffset(_ offset: Int) -> Int { source.fileOffset(forOutputOffset: offset) }

  /// Ensures at least `count` unread bytes when the input has them.
  private mutating func fill(_ count: Int) throws(IntakeError) -> Bool {
    while buffer.count - position < count && !atEnd {
      if position > 0 {
        buffer.removeFirst(position)
        position = 0
      }
      if let chunk = try source.next() { buffer += chunk } else { atEnd = true }
    }
    return buffer.count - position >= count
  }

  /// The next line without its line end (at most `limit` bytes), or `nil` at the end.
  mutating func line(limit: Int = 1 << 16) throws(IntakeError) -> [UInt8]? {
    var scanned = 0
    while true {
      if let nl = buffer[(position + scanned)...].firstIndex(of: 0x0A) {
        var line = Array(buffer[position..<nl])
        if line.last == 0x0D { line.removeLast() }
        offset += nl + 1 - position
        position = nl + 1
        return line
      }
      scanned = buffer.count - position
      if scanned >= limit || atEnd {
        if scanned == 0 && atEnd { return nil }
        let take = min(scanned, limit)
        let line = Array(buffer[position..<(position + take)])
        offset += take
        position += take
        return line
      }
      _ = try fill(scanned + 1)
    }
  }

  /// The next `count` bytes (fewer at the end of the input).
  mutating func read(_ count: Int) throws(IntakeError) -> [UInt8] {
    _ = try fill(count)
    let n = min(count, buffer.count - position)
    let bytes = Array(buffer[position..<(position + n)])
    position += n
    offset += n
    return bytes
  }

  /// Skips `count` bytes without keeping them; returns how many were skipped.
  mutating func skip(_ count: Int) throws(IntakeError) -> Int {
    var left = count
    while left > 0 {
      let chunk = min(left, 1 << 20)
      let got = try read(chunk).count
      left -= got
      if got < chunk { break }
    }
    return count - left
  }

  /// Puts bytes that were read back in front of the unread ones, so that they
  /// are read again (used when a record's stated length ran into the next).
  mutating func unread(_ bytes: [UInt8]) {
    buffer = bytes + buffer[position...]
    position = 0
    offset -= bytes.count
  }

  /// The next `count` bytes without consuming them.
  mutating func peek(_ count: Int) throws(IntakeError) -> [UInt8] {
    _ = try fill(count)
    return Array(buffer[position..<min(buffer.count, position + count)])
  }
}
