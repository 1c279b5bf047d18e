import Testing

@testable import SaysoServer

/// The network drawing's layout.
struct ForceLayoutTests {
  @Test func nodesSpreadOverTheCanvasAndLinkedNodesStayCloser() {
    let links = [(0, 1, 3.0), (2, 3, 3.0)]
    let layout = ForceLayout(count: 12, links: links, width: 800, height: 600)
    let xs = layout.x
    #expect((xs.max() ?? 0) - (xs.min() ?? 0) > 300)
    func distance(_ a: Int, _ b: Int) -> Double {
      ((layout.x[a] - layout.x[b]) * (layout.x[a] - layout.x[b]) + (layout.y[a] - layout.y[b])
        * (layout.y[a] - layout.y[b]))
        .squareRoot()
    }
    #expect(distance(0, 1) < distance(0, 7))
    #expect(layout.x.allSatisfy { (20...780).contains($0) })
  }
}
