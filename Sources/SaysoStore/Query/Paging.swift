/// Limits on page size, so that one request cannot ask for the whole corpus.
public enum Paging {
  /// The largest page a query returns.
  public static let maxLimit = 1000

  /// Checks a limit and offset, with a message naming the bad value.
  public static func validate(limit: Int, offset: Int) throws(StoreError) {
    guard (1...maxLimit).contains(limit) else {
      throw .badFilter("limit must be between 1 and \(maxLimit), not \(limit)")
    }
    guard offset >= 0 else { throw .badFilter("offset must be 0 or more, not \(offset)") }
  }
}
