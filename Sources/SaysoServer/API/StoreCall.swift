import Hummingbird
import SaysoStore

/// Runs a store query for a request: a filter the store rejects is the
/// client's mistake (400); anything else is the server's (500).
enum StoreCall {
  static func run<T>(_ body: () throws(StoreError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      switch error {
      case .badFilter(let message): throw HTTPError(.badRequest, message: message)
      default: throw HTTPError(.internalServerError, message: error.description)
      }
    }
  }
}
