/// Whether an event is reported as having happened, as not having happened,
/// as something that might happen, or as something still to come.
///
/// "Iran attacked" is asserted; "Iran did not attack" negated; "Iran could
/// attack" or "threatened to attack" hypothetical; "Iran will attack" future.
///
/// ```swift
/// Modality.negated.rawValue  // "negated"
/// ```
public enum Modality: String, Hashable, Sendable, Codable {
  case asserted, negated, hypothetical, future
}
