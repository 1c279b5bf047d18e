import Hummingbird
import Sayso
import SaysoStore

/// Reads a request's query string, answering 400 with a message for values
/// that cannot be understood rather than silently ignoring them.
struct QueryParameters {
  let request: Request

  /// A text parameter; empty counts as absent.
  func text(_ name: String) -> String? {
    guard let value = request.uri.queryParameters[name[...]], !value.isEmpty else { return nil }
    return String(value)
  }

  /// A whole-number parameter, or `fallback` when absent.
  func int(_ name: String, default fallback: Int) throws -> Int {
    guard let raw = text(name) else { return fallback }
    guard let value = Int(raw) else {
      throw HTTPError(.badRequest, message: "\(name) must be a whole number, not \"\(raw)\"")
    }
    return value
  }

  /// The event filter of `/api/events` and the timeline page.
  func eventFilter(limit: Int = 50) throws -> EventFilter {
    var type: EventType?
    if let raw = text("type") {
      guard let value = EventType(rawValue: raw.uppercased()) else {
        let names = EventType.allCases.map(\.rawValue).joined(separator: ", ")
        throw HTTPError(.badRequest, message: "type must be one of \(names), not \"\(raw)\"")
      }
      type = value
    }
    var pair: (String, String)?
    if let a = text("a") ?? text("country_a"), let b = text("b") ?? text("country_b") {
      pair = (a.uppercased(), b.uppercased())
    }
    return EventFilter(
      actor: text("actor"), between: pair, type: type, since: text("since"), until: text("until"),
      limit: try int("limit", default: limit), offset: try int("offset", default: 0))
  }

  /// The quote filter of `/api/quotes` and the home page.
  func quoteFilter(limit: Int = 50) throws -> QuoteFilter {
    var kind: QuoteKind?
    if let raw = text("kind") {
      guard let value = QuoteKind(rawValue: raw) else {
        throw HTTPError(.badRequest, message: "kind must be direct, mixed or indirect, not \"\(raw)\"")
      }
      kind = value
    }
    return QuoteFilter(
      speaker: text("speaker"), about: text("about"), search: text("q") ?? text("search"), since: text("since"),
      until: text("until"), kind: kind, limit: try int("limit", default: limit),
      offset: try int("offset", default: 0))
  }
}
