/// The dateline that opens many wire stories: `NAIROBI (Reuters) –`, or only
/// the agency: `(Reuters) –`.
///
/// ```json
/// {"place": "NAIROBI", "source": "Reuters", "start": 0, "end": 20}
/// ```
public struct Dateline: Hashable, Sendable, Codable {
  /// The place in the dateline, as written; `nil` when only the agency is given.
  public var place: String?
  /// The agency or outlet in brackets, when there is one.
  public var source: String?
  /// The date in the dateline as written ("Nov. 19"), when there is one.
  public var date: String?
  /// The first code point of the dateline.
  public var start: Int
  /// One past the dash that closes the dateline.
  public var end: Int

  /// Creates a dateline.
  public init(place: String?, source: String?, date: String? = nil, start: Int, end: Int) {
    self.place = place
    self.source = source
    self.date = date
    self.start = start
    self.end = end
  }
}
