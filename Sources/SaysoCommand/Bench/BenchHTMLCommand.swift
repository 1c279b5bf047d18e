import ArgumentParser
import Foundation
import SaysoIntake

/// `sayso bench-html`: measures HTML article extraction alone (parse, furniture
/// removal, headline and metadata), single-threaded, in MB of HTML per second.
///
/// ```sh
/// swift build -c release && .build/release/sayso bench-html pages/
/// ```
struct BenchHTMLCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-html",
    abstract: "Measure HTML extraction throughput (MB of HTML/s) on one core; build with -c release."
  )

  @OptionGroup var options: BenchOptions

  mutating func run() throws {
    // Only web pages count here; extraction itself is what is timed.
    let pages = try options.articles { $0.html != nil ? $0 : nil }
    let repeats = options.repeats
    let bytes = pages.reduce(0) { $0 + ($1.html?.count ?? 0) }
    let (best, chars) = BestTime.measure(repeats: repeats) {
      pages.reduce(0) { $0 + $1.extracted().text.utf8.count }
    }
    let mb = Double(bytes) / 1_000_000
    print("pages: \(pages.count)  HTML: \(BestTime.format(mb, 2)) MB  extracted text: \(chars / 1000) kB")
    print("best of \(max(1, repeats)): \(BestTime.format(best, 3)) s")
    print(
      "throughput: \(BestTime.format(Double(pages.count) / best, 0)) pages/s, "
        + "\(BestTime.format(mb / best, 1)) MB/s of HTML (one core)")
    print("peak memory: \(BestTime.peakMemoryMB()) MB")
  }
}
