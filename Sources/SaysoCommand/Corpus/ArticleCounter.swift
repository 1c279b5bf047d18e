import Foundation

/// Counts the articles ahead, so that progress can show an ETA. Text files
/// and pages count one each and JSONL files one per non-empty line (a fast
/// byte scan); web archives and standard input cannot be counted cheaply, so
/// their presence gives no total.
enum ArticleCounter {
  static func count(_ sources: [InputSource]) -> Int? {
    var total = 0
    for source in sources {
      switch source {
      case .textFile: total += 1
      case .jsonLines(let path):
        guard !path.lowercased().hasSuffix(".gz"), let lines = countLines(path) else { return nil }
        total += lines
      case .warc, .standardInput: return nil
      }
    }
    return total
  }

  private static func countLines(_ path: String) -> Int? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    var lines = 0
    var lineHasText = false
    while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
      for byte in chunk {
        if byte == 0x0A {
          if lineHasText { lines += 1 }
          lineHasText = false
        } else if byte != 0x20 && byte != 0x09 && byte != 0x0D {
          lineHasText = true
        }
      }
    }
    return lines + (lineHasText ? 1 : 0)
  }
}
