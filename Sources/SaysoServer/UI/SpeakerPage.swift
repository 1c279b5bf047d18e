import SaysoStore

/// A speaker's page: roles, quotes over time, what they talk about, who quotes them.
enum SpeakerPage {
  static func render(_ profile: SpeakerProfile) -> String {
    let s = profile.speaker
    let color = SpeakerColor(id: s.id)
    let roles = s.roles.isEmpty ? "" : "<p>\(HTML.escape(s.roles.joined(separator: " · ")))</p>"
    let dates = [s.firstSeen, s.lastSeen].compactMap { $0 }
    let seen = dates.isEmpty ? "" : " · seen \(dates.first!) to \(dates.last!)"
    let about = profile.about.map { c in
      "<li><a href=\"/speakers/\(c.id ?? 0)\">\(HTML.escape(c.label))</a> <span class=\"muted\">\(c.count)</span></li>"
    }.joined()
    let outlets = profile.quotedBy.map { "<li>\(HTML.escape($0.label)) <span class=\"muted\">\($0.count)</span></li>" }
      .joined()
    let body = """
      <h1><span class="swatch" style="\(color.style)"></span>\(HTML.escape(s.name))</h1>\(roles)
      <p class="muted">\(s.type) · \(s.quoteCount) quotes in \(s.articleCount) articles\(seen)</p>
      <div class="cols"><section><h2>Quotes over time</h2>\(MonthChart.render(profile.byMonth))</section>
      <section><h2>Talks about</h2><ol>\(about.isEmpty ? "<li class=\"muted\">nobody named</li>" : about)</ol></section>
      <section><h2>Quoted by</h2><ol>\(outlets)</ol></section></div>
      <h2>Latest quotes</h2>\(QuoteList.render(profile.quotes))
      <p><a href="/?speaker=\(s.id)">All quotes by \(HTML.escape(s.name)) →</a></p>
      """
    return PageLayout.render(title: s.name, body: body)
  }
}
