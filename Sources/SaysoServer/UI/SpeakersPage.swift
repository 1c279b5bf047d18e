import SaysoStore

/// The list of speakers, most quoted first.
enum SpeakersPage {
  static func render(_ page: Page<SpeakerRow>) -> String {
    var rows = ""
    for s in page.items {
      rows += """
        <tr><td><a href="/speakers/\(s.id)">\(HTML.escape(s.name))</a></td><td>\(s.type)</td><td>\(s.quoteCount)</td>\
        <td>\(s.firstSeen ?? "")</td><td>\(s.lastSeen ?? "")</td>\
        <td class="muted">\(HTML.escape(s.roles.prefix(3).joined(separator: "; ")))</td></tr>
        """
    }
    let table =
      "<table><thead><tr><th>Speaker</th><th>Type</th><th>Quotes</th><th>First seen</th><th>Last seen</th>"
      + "<th>Roles</th></tr></thead><tbody>\(rows)</tbody></table>"
    return PageLayout.render(
      title: "Speakers", body: "<h1>Speakers</h1><p class=\"muted\">\(page.total) speakers</p>" + table)
  }
}
