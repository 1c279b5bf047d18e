extension Document {
  /// The same document with only its outermost quotations: those that sit
  /// inside no other quotation or report.
  ///
  /// Annotation schemes such as PolNeAR mark only the outermost attribution
  /// ("Okafor criticized Ruiz for saying that …" is Okafor's alone), so
  /// comparing against them needs this view. Events claimed by a dropped
  /// quotation are handed to the outermost quotation around it, which is the
  /// claim the article itself reports.
  ///
  /// ```swift
  /// let doc = Engine().analyze("“They told me, ‘Leave now,’” Okafor said.", id: "a1")
  /// doc.quotes.count               // 2
  /// doc.outermost().quotes.count   // 1
  /// ```
  public func outermost() -> Document {
    var parentOf: [String: String] = [:]
    for quote in quotes {
      if let parent = quote.parent { parentOf[quote.id] = parent }
    }
    if parentOf.isEmpty { return self }
    func root(_ id: String) -> String {
      var current = id
      var steps = 0
      // The step bound guards against a cycle, which a well-formed document never has.
      while let next = parentOf[current], steps < quotes.count {
        current = next
        steps += 1
      }
      return current
    }
    var copy = self
    copy.quotes = quotes.filter { $0.parent == nil }
    for index in copy.events.indices {
      if let claim = copy.events[index].claimedBy { copy.events[index].claimedBy = root(claim) }
    }
    return copy
  }
}
