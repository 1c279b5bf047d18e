import Foundation
import SaysoIntake

/// Where articles come from: a file holding one article (plain text or an
/// HTML page), a JSONL file of `{"doc_id", "text"}` or `{"doc_id", "html"}`
/// lines, a WARC web archive, or standard input. Any of the files may be
/// gzip-compressed; the kind is told from the content, not only the name.
///
/// ```swift
/// try InputSource.expand(["crawl.warc.gz", "story.html"])  // [.warc("crawl.warc.gz"), .textFile("story.html")]
/// ```
public enum InputSource: Sendable, Equatable {
  case textFile(String)
  case jsonLines(String)
  case warc(String)
  case standardInput

  /// File name endings walked in directories.
  static let walkedExtensions = [".txt", ".jsonl", ".html", ".htm", ".warc", ".gz"]

  /// Expands command-line inputs: directories are walked recursively for
  /// text, JSONL, HTML, WARC and gzip files, in name order; `-` or no input
  /// means standard input.
  public static func expand(_ inputs: [String]) throws(SaysoError) -> [InputSource] {
    if inputs.isEmpty { return [.standardInput] }
    var sources: [InputSource] = []
    let fm = FileManager.default
    for input in inputs {
      if input == "-" {
        sources.append(.standardInput)
        continue
      }
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: input, isDirectory: &isDirectory) else { throw .fileNotFound(input) }
      if !isDirectory.boolValue {
        sources.append(source(for: input))
        continue
      }
      let found = walk(input)
      if found.isEmpty { throw .noArticles(input) }
      sources.append(contentsOf: found)
    }
    return sources
  }

  /// The source for a file, from its first bytes (gunzipped when compressed),
  /// falling back on its name when it cannot be read here.
  static func source(for path: String) -> InputSource {
    switch kind(of: path) {
    case .warc: return .warc(path)
    case .jsonLines: return .jsonLines(path)
    case .html, .text: return .textFile(path)
    case .gzip, nil:
      let lower = path.lowercased()
      if lower.hasSuffix(".jsonl") || lower.hasSuffix(".jsonl.gz") { return .jsonLines(path) }
      if lower.hasSuffix(".warc") || lower.hasSuffix(".warc.gz") { return .warc(path) }
      return .textFile(path)
    }
  }

  /// The kind of data in `path`, looking through gzip.
  static func kind(of path: String) -> InputKind? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    let head = [UInt8](handle.readData(ofLength: 1 << 16))
    guard Gzip.isGzip(head) else { return InputKind.detect(head.prefix(4096)) }
    // The first decompressed chunk of the first 64 KB tells what the gzip holds.
    var inner = GzipStream(MemoryChunks(head), path: path)
    guard let first = try? inner.next() else { return .gzip }
    return InputKind.detect(first.prefix(4096))
  }

  private static func walk(_ directory: String) -> [InputSource] {
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
    var paths: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let lower = relative.lowercased()
      if walkedExtensions.contains(where: { lower.hasSuffix($0) }) {
        paths.append((directory as NSString).appendingPathComponent(relative))
      }
    }
    return paths.sorted().map(source(for:))
  }

  /// The article id for a file: its base name without extensions.
  public static func documentID(for path: String) -> String {
    let base = (path as NSString).lastPathComponent
    return base.split(separator: ".", maxSplits: 1).first.map(String.init) ?? base
  }
}
