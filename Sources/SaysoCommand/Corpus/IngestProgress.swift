import Foundation
import SaysoStore

/// Reports ingest progress on standard error: a bar redrawn in place on a
/// terminal (articles, articles/s, quotes, ETA), or a plain line every few
/// seconds when standard error is a file or a pipe.
struct IngestProgress {
  let total: Int?
  let interactive = isatty(STDERR_FILENO) == 1
  let started = Date()
  var read = 0
  var stored = SaveSummary()
  var duplicates = 0
  var lastReport = Date.distantPast

  init(total: Int?) { self.total = total }

  mutating func advance(read count: Int, summary: SaveSummary, duplicates dup: Int) {
    read += count
    stored.add(summary)
    duplicates += dup
    let now = Date()
    if interactive || now.timeIntervalSince(lastReport) >= 5 {
      lastReport = now
      emit(line(now: now), final: false)
    }
  }

  func warn(_ message: String) {
    if interactive { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
  }

  func finish(path: String) {
    let seconds = Date().timeIntervalSince(started)
    if interactive { emit(line(now: Date()), final: true) }
    let skipped = stored.skipped + duplicates
    let rate = seconds > 0 ? Double(stored.articles) / seconds : 0
    let message =
      "stored \(stored.articles) articles and \(stored.quotes) quotes in \(String(format: "%.1f", seconds)) s "
      + "(\(Int(rate)) articles/s); \(skipped) already stored; database \(path)\n"
    FileHandle.standardError.write(Data(message.utf8))
  }

  func line(now: Date) -> String {
    let seconds = max(now.timeIntervalSince(started), 0.001)
    let rate = Double(read) / seconds
    var parts = ["\(read)\(total.map { "/\($0)" } ?? "") articles", "\(Int(rate))/s", "\(stored.quotes) quotes"]
    if let total, rate > 0 {
      let left = Double(max(total - read, 0)) / rate
      parts.append("ETA \(Self.duration(left))")
    }
    let text = parts.joined(separator: " · ")
    guard interactive, let total, total > 0 else { return text }
    let width = 24
    let filled = min(width, read * width / total)
    return "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] " + text
  }

  func emit(_ text: String, final: Bool) {
    let out = interactive ? "\r\u{1B}[K" + text + (final ? "\n" : "") : "ingest: " + text + "\n"
    FileHandle.standardError.write(Data(out.utf8))
  }

  static func duration(_ seconds: Double) -> String {
    let s = Int(seconds.rounded())
    return s >= 3600 ? "\(s / 3600)h\(s % 3600 / 60)m" : s >= 60 ? "\(s / 60)m\(s % 60)s" : "\(s)s"
  }
}
