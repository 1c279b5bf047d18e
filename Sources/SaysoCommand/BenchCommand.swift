import ArgumentParser
import Dispatch
import Foundation
import Sayso

/// `sayso bench`: measures the engine alone, single-threaded, over a corpus.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure engine throughput (articles/s, MB/s) on one core; build with -c release."
  )

  @Argument(help: "Text, JSONL files or directories to use as the corpus.")
  var inputs: [String]

  @Option(help: "How many times to run over the corpus.")
  var repeats: Int = 3

  mutating func run() throws {
    var reader = ArticleReader(try InputSource.expand(inputs))
    var articles: [Article] = []
    // Web pages are extracted first, outside the timing: this measures the engine.
    while let a = try reader.next() { articles.append(a.extracted()) }
    guard !articles.isEmpty else { throw SaysoError.noArticles(inputs.joined(separator: " ")) }
    let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
    let engine = Engine()
    var best = Double.infinity
    var quotes = 0
    for _ in 0..<max(1, repeats) {
      let start = DispatchTime.now().uptimeNanoseconds
      quotes = 0
      for a in articles { quotes += engine.analyze(a.text, id: a.id).quotes.count }
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      best = min(best, seconds)
    }
    let mb = Double(bytes) / 1_000_000
    print("articles: \(articles.count)  text: \(String(format: "%.2f", mb)) MB  quotes: \(quotes)")
    print("best of \(max(1, repeats)): \(String(format: "%.3f", best)) s")
    print(
      "throughput: \(String(format: "%.0f", Double(articles.count) / best)) articles/s, \(String(format: "%.2f", mb / best)) MB/s (one core)"
    )
    print("peak memory: \(peakMemoryMB()) MB")
  }

  private func peakMemoryMB() -> String {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return "unknown" }
    let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
    return String(kb / 1024)
  }
}
