import Dispatch
import Foundation
import SaysoStore

/// Saves batches on a background thread, one at a time and in order, so that
/// the next batch is analysed while the last one is written. At most one batch
/// waits; the first failure is kept and reported at the next hand-over.
final class BatchWriter: @unchecked Sendable {
  private let store: Store
  private let queue = DispatchQueue(label: "sayso.ingest.writer")
  private let group = DispatchGroup()
  // Read and written only between `group.wait()` and the next `queue.async`.
  private var result: Result<SaveSummary, StoreError>?

  init(store: Store) { self.store = store }

  /// Waits for the batch in flight, then starts writing `batch`.
  /// - Returns: what the batch in flight stored, or nil when there was none.
  func submit(_ batch: [StoredArticle]) throws(StoreError) -> SaveSummary? {
    let finished = try finish()
    group.enter()
    queue.async { [self] in
      result = Result { () throws(StoreError) -> SaveSummary in try store.save(batch) }
      group.leave()
    }
    return finished
  }

  /// Waits for the batch in flight and returns what it stored.
  func finish() throws(StoreError) -> SaveSummary? {
    group.wait()
    defer { result = nil }
    return try result?.get()
  }
}
