import SaysoStore

/// Events between two countries over time: a form for the pair, a strip of
/// months with one mark an event (above the line when the first country acts,
/// below when the second does), and the events as a table.
enum TimelinePage {
  static func render(_ page: Page<EventRow>, filter: EventFilter) -> String {
    let a = filter.between?.first ?? ""
    let b = filter.between?.last ?? ""
    let form = """
      <form class="filters" action="/timeline" method="get">
      <input name="a" value="\(HTML.escape(a))" placeholder="country code, e.g. IRN" aria-label="first country">
      <input name="b" value="\(HTML.escape(b))" placeholder="country code, e.g. ISR" aria-label="second country">
      <button>Show</button></form>
      """
    let title = a.isEmpty ? "Event timeline" : "Events between \(a) and \(b)"
    let events = page.items.sorted { ($0.date ?? $0.published ?? "~") < ($1.date ?? $1.published ?? "~") }
    let body =
      "<h1>\(HTML.escape(title))</h1>" + form
      + "<p class=\"muted\">\(page.total) events</p>" + strip(events, first: a) + EventTable.render(events)
    return PageLayout.render(title: title, body: body)
  }

  /// One column per month; marks above the axis for the first country's actions.
  static func strip(_ events: [EventRow], first: String) -> String {
    let dated = events.filter { ($0.date ?? $0.published) != nil }
    let months = Array(Set(dated.map { String(($0.date ?? $0.published!).prefix(7)) })).sorted()
    guard !months.isEmpty else { return "" }
    let column = max(14.0, min(60.0, 900.0 / Double(months.count)))
    var svg = "<svg class=\"chart\" width=\"\(Int(column * Double(months.count)) + 40)\" height=\"170\">"
    svg += "<line x1=\"10\" y1=\"80\" x2=\"\(Int(column * Double(months.count)) + 20)\" y2=\"80\" stroke=\"#9aa3ad\"/>"
    var stacks: [String: (up: Int, down: Int)] = [:]
    for e in dated {
      let month = String((e.date ?? e.published!).prefix(7))
      let x = 20 + Double(months.firstIndex(of: month)!) * column
      let up = e.source.code?.hasPrefix(first) == true
      var stack = stacks[month] ?? (0, 0)
      let y = up ? 72 - Double(stack.up) * 9 : 88 + Double(stack.down) * 9
      if up { stack.up += 1 } else { stack.down += 1 }
      stacks[month] = stack
      svg +=
        "<circle cx=\"\(Int(x))\" cy=\"\(Int(y))\" r=\"4\" fill=\"\(color(e.type))\">"
        + "<title>\(HTML.escape(e.type)): \(HTML.escape(e.source.text)) → \(HTML.escape(e.target?.text ?? "")) "
        + "(\(month))</title></circle>"
    }
    svg += "<text x=\"10\" y=\"165\">\(months.first!)</text>"
    return svg + "</svg>"
  }

  /// Cooperation in greens and blues, conflict in reds.
  static func color(_ type: String) -> String {
    switch type {
    case "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT": "#2e8b57"
    case "REQUEST", "ACCUSE", "REJECT", "PROTEST": "#d08a1f"
    default: "#c0392b"
    }
  }
}
