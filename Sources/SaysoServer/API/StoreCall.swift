import Dispatch
import Hummingbird
import SaysoStore

/// Runs a store query for a request. The query blocks on SQLite, so it runs
/// on a Dispatch worker rather than on one of Swift's few cooperative threads,
/// which keep serving other requests meanwhile. A filter the store rejects is
/// the client's mistake (400); anything else is the server's (500).
enum StoreCall {
  static func run<T: Sendable>(_ body: @escaping @Sendable () throws(StoreError) -> T) async throws -> T {
    let result: Result<T, StoreError> = await withCheckedContinuation { continuation in
      DispatchQueue.global().async {
        continuation.resume(returning: Result { () throws(StoreError) -> T in try body() })
      }
    }
    switch result {
    case .success(let value): return value
    case .failure(.badFilter(let message)): throw HTTPError(.badRequest, message: message)
    case .failure(let error): throw HTTPError(.internalServerError, message: error.description)
    }
  }
}
