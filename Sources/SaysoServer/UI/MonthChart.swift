import SaysoStore

/// Quotes per month as an SVG bar chart, drawn on the server.
enum MonthChart {
  static func render(_ months: [SpeakerProfile.Count]) -> String {
    guard !months.isEmpty else { return "<p class=\"muted\">No dated quotes.</p>" }
    let height = 120.0
    let bar = max(6.0, min(40.0, 480.0 / Double(months.count)))
    let width = bar * Double(months.count) + 40
    let top = Double(months.map(\.count).max() ?? 1)
    var svg =
      "<svg class=\"chart\" width=\"\(Int(width))\" height=\"\(Int(height) + 30)\" role=\"img\" aria-label=\"quotes per month\">"
    for (i, month) in months.enumerated() {
      let h = max(1, Double(month.count) / top * height)
      let x = 20 + Double(i) * bar
      svg += """
        <rect x="\(x)" y="\(height - h + 5)" width="\(bar - 2)" height="\(h)" fill="#1f5fbf">\
        <title>\(month.label): \(month.count)</title></rect>
        """
    }
    svg += "<text x=\"20\" y=\"\(height + 22)\">\(months.first!.label)</text>"
    if months.count > 1 {
      svg += "<text x=\"\(width - 20)\" y=\"\(height + 22)\" text-anchor=\"end\">\(months.last!.label)</text>"
    }
    return svg + "</svg>"
  }
}
