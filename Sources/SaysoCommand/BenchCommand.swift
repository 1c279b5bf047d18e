import ArgumentParser
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
    let (best, quotes) = BestTime.measure(repeats: repeats) {
      articles.reduce(0) { $0 + engine.analyze($1.text, id: $1.id).quotes.count }
    }
    let mb = Double(bytes) / 1_000_000
    print("articles: \(articles.count)  text: \(BestTime.format(mb, 2)) MB  quotes: \(quotes)")
    print("best of \(max(1, repeats)): \(BestTime.format(best, 3)) s")
    print(
      "throughput: \(BestTime.format(Double(articles.count) / best, 0)) articles/s, "
        + "\(BestTime.format(mb / best, 2)) MB/s (one core)")
    print("peak memory: \(BestTime.peakMemoryMB()) MB")
  }
}
