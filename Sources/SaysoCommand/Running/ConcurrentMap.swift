import Dispatch

extension Array where Element: Sendable {
  /// Maps the elements on `jobs` threads; the results keep the input order.
  func concurrentMap<T: Sendable>(jobs: Int, _ transform: @Sendable (Element) -> T) -> [T] {
    if jobs <= 1 || count < 2 { return map(transform) }
    let slots = Slots<T>(count: count)
    let workers = Swift.min(jobs, count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var i = worker
      while i < count {
        slots.set(i, transform(self[i]))
        i += workers
      }
    }
    return slots.values()
  }
}

/// Result slots written by distinct threads at distinct indices and read only
/// after all of them have joined.
private final class Slots<T>: @unchecked Sendable {
  private var storage: [T?]
  init(count: Int) { storage = Array(repeating: nil, count: count) }
  func set(_ i: Int, _ value: T) { storage.withUnsafeMutableBufferPointer { $0[i] = value } }
  func values() -> [T] { storage.map { $0! } }
}
