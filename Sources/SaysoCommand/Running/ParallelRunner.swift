import Dispatch
import Foundation
import Sayso
import SaysoIntake

/// Analyses articles on several threads in batches, returning each batch's
/// documents in input order.
public struct ParallelRunner: Sendable {
  /// How many threads analyse at once.
  public var jobs: Int
  let engine = Engine(countries: CountryTableLoader.shared)

  /// Creates a runner; `jobs` below 1 is taken as 1.
  public init(jobs: Int) { self.jobs = max(1, jobs) }

  /// Analyses a batch, results in the batch's order.
  public func run(_ batch: [Article]) -> [Document] {
    if jobs == 1 || batch.count < 2 { return batch.map(analyze) }
    let results = ResultBox(count: batch.count)
    let workers = min(jobs, batch.count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var i = worker
      while i < batch.count {
        results.set(i, analyze(batch[i]))
        i += workers
      }
    }
    return results.values()
  }

  func analyze(_ raw: Article) -> Document {
    let article = raw.extracted()
    var doc = engine.analyze(article.text, id: article.id, published: article.metadata?.published)
    doc.warnings.insert(contentsOf: article.warnings, at: 0)
    if let m = article.metadata {
      doc.source = m
      // Page warnings (encoding, size, nesting) also go to standard error, naming the file.
      // (Those mentioning UTF-8 are printed by the extract command itself.)
      for w in article.warnings.dropFirst(raw.warnings.count) where !w.contains("UTF-8") {
        FileHandle.standardError.write(Data("warning: \(w)\n".utf8))
      }
    }
    return doc
  }
}

/// Slots written by distinct threads at distinct indices, read after they join.
private final class ResultBox: @unchecked Sendable {
  private var slots: [Document?]
  init(count: Int) { slots = Array(repeating: nil, count: count) }
  func set(_ i: Int, _ doc: Document) { slots.withUnsafeMutableBufferPointer { $0[i] = doc } }
  func values() -> [Document] { slots.compactMap { $0 } }
}
