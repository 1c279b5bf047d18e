import Foundation

/// Where articles come from: a text file, a JSONL file of `{"doc_id", "text"}`
/// lines, or standard input.
public enum InputSource: Sendable, Equatable {
  case textFile(String)
  case jsonLines(String)
  case standardInput

  /// Expands command-line inputs: directories are walked recursively for
  /// `.txt` and `.jsonl` files, in name order; `-` or no input means standard input.
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

  static func source(for path: String) -> InputSource {
    path.lowercased().hasSuffix(".jsonl") ? .jsonLines(path) : .textFile(path)
  }

  private static func walk(_ directory: String) -> [InputSource] {
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
    var paths: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let lower = relative.lowercased()
      if lower.hasSuffix(".txt") || lower.hasSuffix(".jsonl") {
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
