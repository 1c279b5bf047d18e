import Foundation

/// Bytes arriving in chunks from a file, standard input or a decompressor, so
/// that inputs of any size are read in constant memory.
///
/// ```swift
/// var source = try ChunkSource.open("crawl.warc.gz")  // gunzips when the bytes say gzip
/// while let chunk = try source.next() { consume(chunk) }
/// ```
public protocol ChunkSource {
  /// The next chunk, or `nil` at the end.
  mutating func next() throws(IntakeError) -> [UInt8]?
  /// The offset in the underlying file where the byte at decompressed
  /// `offset` was stored: the gzip member's start for compressed input.
  func fileOffset(forOutputOffset offset: Int) -> Int
}

/// A file read in 1 MB chunks.
public struct FileChunks: ChunkSource {
  private let handle: FileHandle
  private var pending: [UInt8]?
  static let chunkSize = 1 << 20

  /// Opens `path`; `pending` bytes already read from it are given first.
  init(handle: FileHandle, pending: [UInt8]? = nil) {
    self.handle = handle
    self.pending = pending
  }

  public mutating func next() throws(IntakeError) -> [UInt8]? {
    if let p = pending {
      pending = nil
      if !p.isEmpty { return p }
    }
    let data = handle.readData(ofLength: Self.chunkSize)
    return data.isEmpty ? nil : [UInt8](data)
  }

  public func fileOffset(forOutputOffset offset: Int) -> Int { offset }
}

extension ChunkSource where Self == FileChunks {
  /// Opens `path` for chunked reading, gunzipping transparently when its
  /// first bytes are the gzip signature.
  public static func open(_ path: String) throws(IntakeError) -> any ChunkSource {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .unreadable(path: path, reason: "permission denied or not a regular file")
    }
    let head = [UInt8](handle.readData(ofLength: FileChunks.chunkSize))
    let file = FileChunks(handle: handle, pending: head)
    return Gzip.isGzip(head) ? GzipStream(file, path: path) : file
  }

  /// Reads all of `path` (gunzipped) up to `limit` bytes; larger files throw.
  public static func readAll(_ path: String, limit: Int) throws(IntakeError) -> [UInt8] {
    var source = try open(path)
    var all: [UInt8] = []
    while let chunk = try source.next() {
      all += chunk
      if all.count > limit { throw .tooLarge(path: path, bytes: all.count, limit: limit) }
    }
    return all
  }
}

/// A source whose first chunk was already read (to sniff it), given back first.
struct PrefixedChunks: ChunkSource {
  var first: [UInt8]?
  var rest: any ChunkSource

  mutating func next() throws(IntakeError) -> [UInt8]? {
    if let f = first {
      first = nil
      if !f.isEmpty { return f }
    }
    return try rest.next()
  }

  func fileOffset(forOutputOffset offset: Int) -> Int { rest.fileOffset(forOutputOffset: offset) }
}

/// `source`, gunzipped when its first bytes are the gzip signature.
public func gunzippingIfNeeded(_ source: any ChunkSource, path: String) throws(IntakeError) -> any ChunkSource {
  var source = source
  let first = try source.next() ?? []
  let prefixed = PrefixedChunks(first: first, rest: source)
  return Gzip.isGzip(first) ? GzipStream(prefixed, path: path) : prefixed
}
