import Foundation

/// Reads articles from ``InputSource``s one at a time, so that memory does not
/// grow with the number of articles.
public struct ArticleReader {
  private var sources: [InputSource]
  private var lines: LineReader?
  private var linePath = ""
  private var lineNumber = 0
  private var stdinArticles: [Article] = []

  /// Creates a reader over the given sources, read in order.
  public init(_ sources: [InputSource]) {
    self.sources = sources.reversed()
  }

  /// The next article, or `nil` when all sources are read.
  public mutating func next() throws(SaysoError) -> Article? {
    while true {
      if !stdinArticles.isEmpty { return stdinArticles.removeFirst() }
      if var reader = lines {
        while let line = reader.next() {
          lineNumber += 1
          if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
          lines = reader
          return try JSONLine.parse(line, path: linePath, number: lineNumber)
        }
        lines = nil
      }
      guard let source = sources.popLast() else { return nil }
      switch source {
      case .textFile(let path):
        return try readText(path)
      case .jsonLines(let path):
        lines = try LineReader(path: path)
        linePath = path
        lineNumber = 0
      case .standardInput:
        stdinArticles = try readStandardInput()
      }
    }
  }

  private func readText(_ path: String) throws(SaysoError) -> Article {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path: path, reason: "permission denied or not a regular file")
    }
    let (text, warnings) = try TextDecoder.decode(data, path: path)
    return Article(id: InputSource.documentID(for: path), text: text, origin: path, warnings: warnings)
  }

  private func readStandardInput() throws(SaysoError) -> [Article] {
    let data = FileHandle.standardInput.readDataToEndOfFile()
    let first = data.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
    if first == UInt8(ascii: "{") {
      var articles: [Article] = []
      var number = 0
      for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
        number += 1
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
        articles.append(try JSONLine.parse(Data(line), path: "<stdin>", number: number))
      }
      return articles
    }
    let (text, warnings) = try TextDecoder.decode(data, path: "<stdin>")
    return [Article(id: "stdin", text: text, origin: "<stdin>", warnings: warnings)]
  }
}
