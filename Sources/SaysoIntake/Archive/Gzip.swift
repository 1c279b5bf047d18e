import CZlib

/// Gzip in memory: the signature test and whole-buffer decompression of one
/// or several concatenated members.
///
/// ```swift
/// let page = try Gzip.decompress(compressed, path: "page.html.gz")
/// ```
public enum Gzip {
  /// Whether `bytes` start with the gzip signature 1f 8b.
  public static func isGzip<C: Collection<UInt8>>(_ bytes: C) -> Bool {
    var it = bytes.makeIterator()
    return it.next() == 0x1F && it.next() == 0x8B
  }

  /// Decompresses all members of `bytes`; throws on truncated or corrupt data
  /// or when the result would pass `limit` bytes.
  public static func decompress(_ bytes: [UInt8], path: String, limit: Int = 1 << 30) throws(IntakeError) -> [UInt8] {
    var stream = GzipStream(MemoryChunks(bytes), path: path)
    var out: [UInt8] = []
    while let chunk = try stream.next() {
      out += chunk
      if out.count > limit { throw .tooLarge(path: path, bytes: out.count, limit: limit) }
    }
    return out
  }
}

extension Gzip {
  /// Compresses `bytes` into one gzip member (used to write test archives and fixtures).
  public static func compress(_ bytes: [UInt8]) -> [UInt8] {
    var stream = z_stream()
    guard sayso_deflate_init(&stream, 6) == Z_OK else { return [] }
    defer { deflateEnd(&stream) }
    var input = bytes
    var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 32)
    let written = input.withUnsafeMutableBufferPointer { inBuf in
      out.withUnsafeMutableBufferPointer { outBuf in
        stream.next_in = inBuf.baseAddress
        stream.avail_in = UInt32(inBuf.count)
        stream.next_out = outBuf.baseAddress
        stream.avail_out = UInt32(outBuf.count)
        _ = deflate(&stream, Z_FINISH)
        return outBuf.count - Int(stream.avail_out)
      }
    }
    return Array(out[0..<written])
  }
}

/// Bytes already in memory, as one chunk.
public struct MemoryChunks: ChunkSource {
  private var bytes: [UInt8]?
  /// Wraps `bytes`.
  public init(_ bytes: [UInt8]) { self.bytes = bytes }
  public mutating func next() throws(IntakeError) -> [UInt8]? {
    defer { bytes = nil }
    return bytes.flatMap { $0.isEmpty ? nil : $0 }
  }
  public func fileOffset(forOutputOffset offset: Int) -> Int { offset }
}
