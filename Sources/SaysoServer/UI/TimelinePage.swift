import Foundation
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
    let seen = Set(dated.map { String(($0.date ?? $0.published!).prefix(7)) }).sorted()
    guard let earliest = seen.first, let latest = seen.last else { return "" }
    let months = monthRange(earliest, latest)
    let column = max(14.0, min(80.0, 900.0 / Double(months.count)))
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
    for (i, month) in months.enumerated() where i == 0 || i == months.count - 1 || months.count <= 12 {
      svg += "<text x=\"\(Int(14 + Double(i) * column))\" y=\"165\">\(month)</text>"
    }
    return svg + "</svg>"
  }

  /// Every month from `first` to `last` (`YYYY-MM`), so that quiet months show as gaps.
  static func monthRange(_ first: String, _ last: String) -> [String] {
    func parts(_ m: String) -> (Int, Int) {
      let p = m.split(separator: "-")
      return (Int(p.first ?? "") ?? 0, p.count > 1 ? Int(p[1]) ?? 1 : 1)
    }
    var (y, m) = parts(first)
    let end = parts(last)
    var months: [String] = []
    while (y, m) <= end, months.count < 600 {
      months.append(String(format: "%04d-%02d", y, m))
      m += 1
      if m > 12 { (y, m) = (y + 1, 1) }
    }
    return months
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
