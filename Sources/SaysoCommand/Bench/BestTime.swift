import Dispatch
import Foundation

/// Timing for the benchmark commands: the best of several runs, so that a
/// busy moment on a shared machine does not count, and the peak memory.
enum BestTime {
  /// Runs `body` `repeats` times (at least once) and returns the shortest
  /// wall-clock time in seconds with the last run's result.
  static func measure<T>(repeats: Int, _ body: () -> T) -> (seconds: Double, result: T) {
    var best = Double.infinity
    var result: T?
    for _ in 0..<max(1, repeats) {
      let start = DispatchTime.now().uptimeNanoseconds
      result = body()
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return (best, result!)
  }

  /// The process's peak resident memory in MB, read from /proc.
  static func peakMemoryMB() -> String {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return "unknown" }
    let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
    return String(kb / 1024)
  }

  static func format(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
}
