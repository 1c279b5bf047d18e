import Testing

@testable import Sayso

/// `Document.outermost()`: the view that annotation schemes marking only the
/// outermost attribution compare against.
struct OutermostTests {
  static let passage = """
    “At the gate the manager said, ‘You will all be replaced,’ and we stayed,” union leader \
    Maria Okafor said. The company said it would hire new drivers.
    """

  @Test func dropsQuotesNestedInAnother() throws {
    let doc = analyze(Self.passage)
    #expect(doc.quotes.contains { $0.parent != nil })
    let outer = doc.outermost()
    #expect(outer.quotes.allSatisfy { $0.parent == nil })
    #expect(outer.quotes.count == doc.quotes.filter { $0.parent == nil }.count)
    #expect(outer.quote(containing: "we stayed")?.speaker == "Maria Okafor")
    #expect(outer.quote(containing: "hire new drivers") != nil)
  }

  @Test func claimsMoveToTheOutermostQuote() {
    var doc = analyze(Self.passage)
    guard let inner = doc.quotes.first(where: { $0.parent != nil }), let parent = inner.parent else {
      Issue.record("no nested quote found")
      return
    }
    doc.events = [
      Event(
        id: "e1", type: .threaten, source: EventArgument(text: "the manager", start: 0, end: 1),
        target: nil, trigger: TextSpan(0, 1),
        sentence: TextSpan(0, 1), claimedBy: inner.id, evidence: "test")
    ]
    #expect(doc.outermost().events.first?.claimedBy == parent)
  }

  @Test func leavesADocumentWithoutNestingAlone() {
    let doc = analyze("“We will appeal,” Okafor said.")
    #expect(doc.outermost() == doc)
  }
}
