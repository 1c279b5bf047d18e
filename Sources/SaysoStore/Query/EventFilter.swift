import Sayso

/// Which events to list: the filters of `sayso events` and `/api/events`.
///
/// An actor is a code ("IRN" for any Iranian actor, "IRN GOV" for its
/// government) or a name in whole words ("Larijani", "Hezbollah").
///
/// ```swift
/// let page = try store.events(EventFilter(actor: "ISR", type: .assault, since: "2024-06"))
/// let pair = try store.events(EventFilter(between: ("IRN", "IRQ")))
/// ```
public struct EventFilter: Sendable, Equatable {
  /// Source or target, by code or name.
  public var actor: String?
  /// Two country codes: events where one acts on the other, either way round.
  public var between: [String]?
  /// Only events of this PLOVER type.
  public var type: EventType?
  /// Events dated (or, undated, published) on or after this date.
  public var since: String?
  /// Events dated on or before this date.
  public var until: String?
  /// Page size and events skipped.
  public var limit: Int
  public var offset: Int

  /// Creates a filter; every criterion is optional.
  public init(
    actor: String? = nil, between: (String, String)? = nil, type: EventType? = nil, since: String? = nil,
    until: String? = nil, limit: Int = 50, offset: Int = 0
  ) {
    self.actor = actor
    self.between = between.map { [$0.0, $0.1] }
    self.type = type
    self.since = since
    self.until = until
    self.limit = limit
    self.offset = offset
  }

  /// Checks dates, codes and paging, with a message naming the bad value.
  public func validate() throws(StoreError) {
    try DateFilter.validate(since: since, until: until)
    for code in between ?? [] where !ActorCodeMatch.isCountry(code) {
      throw .badFilter("countries are ISO 3166 alpha-3 codes such as IRN or ISR, not \"\(code)\"")
    }
    try Paging.validate(limit: limit, offset: offset)
  }
}
