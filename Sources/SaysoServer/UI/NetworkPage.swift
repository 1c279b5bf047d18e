import SaysoStore

/// Speakers linked to the people, organisations and places they name, as an
/// SVG drawing: circles sized by quotes, lines by how often, every node a link
/// to its page, names shown for the most quoted and on hover for the rest.
enum NetworkPage {
  static func render(_ graph: NetworkGraph, width: Double = 1100, height: Double = 760) -> String {
    var index: [Int64: Int] = [:]
    for (i, node) in graph.nodes.enumerated() { index[node.id] = i }
    let links = graph.links.compactMap { l in
      index[l.source].flatMap { s in index[l.target].map { (s, $0, Double(l.weight)) } }
    }
    // Room on the right for the last labels.
    let layout = ForceLayout(count: graph.nodes.count, links: links, width: width - 140, height: height)
    let labelled = Set(graph.nodes.sorted { $0.quotes > $1.quotes }.prefix(30).map(\.id))
    var labels = ""
    var svg =
      "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\" role=\"img\" aria-label=\"speaker network\">"
    for (s, t, w) in links {
      svg +=
        "<line x1=\"\(Int(layout.x[s]))\" y1=\"\(Int(layout.y[s]))\" x2=\"\(Int(layout.x[t]))\" "
        + "y2=\"\(Int(layout.y[t]))\" stroke=\"#9aa3ad\" stroke-opacity=\".6\" stroke-width=\"\(min(1 + w / 2, 5))\"/>"
    }
    for (i, node) in graph.nodes.enumerated() {
      let r = node.quotes > 0 ? min(4 + Double(node.quotes).squareRoot() * 1.5, 16) : 4
      let fill = node.quotes > 0 ? "hsl(\(SpeakerColor(id: node.id).hue) 60% 50%)" : fillFor(node.type)
      let name = HTML.escape(node.name)
      svg +=
        "<a href=\"/speakers/\(node.id)\"><circle cx=\"\(Int(layout.x[i]))\" cy=\"\(Int(layout.y[i]))\" r=\"\(Int(r))\" "
        + "fill=\"\(fill)\"><title>\(name) (\(node.type), \(node.quotes) quotes)</title></circle>"
      svg += "</a>"
      if labelled.contains(node.id) {
        // Labels go on top of every circle, with a halo, so that they stay readable in a crowd.
        labels +=
          "<a href=\"/speakers/\(node.id)\"><text class=\"label\" x=\"\(Int(layout.x[i] + r + 2))\" "
          + "y=\"\(Int(layout.y[i] + 4))\">\(name)</text></a>"
      }
    }
    svg += labels + "</svg>"
    let body = """
      <h1>Who talks about whom</h1>
      <p class="muted">\(graph.nodes.count) nodes, \(graph.links.count) links. Coloured circles are speakers, sized by \
      quotes; grey are people, green organisations, brown places they name. Hover for names.</p>\(svg)
      """
    return PageLayout.render(title: "Network", body: body)
  }

  static func fillFor(_ type: String) -> String {
    switch type {
    case "organisation": "#5a9e6f"
    case "place": "#a0785a"
    default: "#8d96a0"
    }
  }
}
