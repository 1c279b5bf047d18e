import ArgumentParser
import Foundation
import Sayso

/// `sayso bench`: measures the engine alone, single-threaded, over a corpus.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure engine throughput (articles/s, MB/s) on one core; build with -c release."
  )

  @OptionGroup var options: BenchOptions

  mutating func run() throws {
    // Web pages are extracted first, outside the timing: this measures the engine.
    let articles = try options.articles { $0.extracted() }
    let repeats = options.repeats
    let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
    let engine = Engine(countries: CountryTableLoader.shared)
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
