import CZlib

/// Streaming gunzip over another ``ChunkSource``: concatenated members (as in
/// per-record gzip WARC files) are read one after another, and the start of
/// each member in the file is remembered so messages can name it.
///
/// ```swift
/// var gz = GzipStream(MemoryChunks(bytes), path: "x.gz")
/// while let chunk = try gz.next() { … }
/// ```
public struct GzipStream: ChunkSource {
  private var source: any ChunkSource
  private let path: String
  private let box: ZBox
  private var input: [UInt8] = []
  private var inputOffset = 0  // consumed bytes of `input`
  private var compressedBase = 0  // file offset of input[0]
  private var produced = 0
  private var finished = false
  private var inMember = false
  /// (decompressed offset, file offset) of recent member starts.
  private var members: [(output: Int, file: Int)] = []

  /// Wraps `source`, whose bytes are gzip data read from `path`.
  public init(_ source: any ChunkSource, path: String) {
    self.source = source
    self.path = path
    self.box = ZBox()
  }

  public func fileOffset(forOutputOffset offset: Int) -> Int {
    members.last { $0.output <= offset }?.file ?? 0
  }

  public mutating func next() throws(IntakeError) -> [UInt8]? {
    if finished { return nil }
    var out = [UInt8](repeating: 0, count: 1 << 18)
    while true {
      if inputOffset == input.count {
        compressedBase += input.count
        input = try source.next() ?? []
        inputOffset = 0
        if input.isEmpty {
          finished = true
          if inMember { throw .truncatedGzip(path: path, offset: compressedBase) }
          return nil
        }
      }
      if !inMember {
        // Skip padding zeros between members, then expect a new member.
        while inputOffset < input.count, input[inputOffset] == 0 { inputOffset += 1 }
        if inputOffset == input.count { continue }
        try box.reset(path: path, offset: compressedBase + inputOffset)
        inMember = true
        members.append((produced, compressedBase + inputOffset))
        if members.count > 256 { members.removeFirst(128) }
      }
      let start = inputOffset
      let zlib = box
      let (consumed, written, status) = input.withUnsafeMutableBufferPointer { inBuf in
        out.withUnsafeMutableBufferPointer { outBuf in
          zlib.inflate(inBuf.baseAddress! + start, inBuf.count - start, outBuf.baseAddress!, outBuf.count)
        }
      }
      let at = compressedBase + inputOffset
      inputOffset += consumed
      switch status {
      case Z_STREAM_END: inMember = false
      case Z_OK, Z_BUF_ERROR: break
      default:
        finished = true
        throw .corruptGzip(path: path, offset: at, reason: box.message ?? "zlib status \(status)")
      }
      if written > 0 {
        produced += written
        return Array(out[0..<written])
      }
    }
  }
}

/// Owns a zlib stream and frees it when released.
private final class ZBox {
  private var stream = z_stream()
  private var initialised = false

  var message: String? { stream.msg.map { String(cString: $0) } }

  func reset(path: String, offset: Int) throws(IntakeError) {
    let status = initialised ? inflateReset(&stream) : sayso_inflate_init(&stream, 15 + 16)
    guard status == Z_OK else { throw .corruptGzip(path: path, offset: offset, reason: "zlib cannot start") }
    initialised = true
  }

  func inflate(
    _ input: UnsafeMutablePointer<UInt8>, _ inCount: Int, _ output: UnsafeMutablePointer<UInt8>, _ outCount: Int
  )
    -> (consumed: Int, written: Int, status: Int32)
  {
    stream.next_in = input
    stream.avail_in = UInt32(inCount)
    stream.next_out = output
    stream.avail_out = UInt32(outCount)
    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
    return (inCount - Int(stream.avail_in), outCount - Int(stream.avail_out), status)
  }

  deinit { if initialised { inflateEnd(&stream) } }
}
