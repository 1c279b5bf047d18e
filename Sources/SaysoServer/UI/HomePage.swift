import SaysoStore

/// The home page: filters over every stored quote, newest first.
enum HomePage {
  static func render(_ page: Page<QuoteRow>, filter: QuoteFilter, stats: StoreStats) -> String {
    func field(_ name: String, _ value: String?, _ label: String) -> String {
      "<input name=\"\(name)\" value=\"\(HTML.escape(value ?? ""))\" placeholder=\"\(label)\" aria-label=\"\(label)\">"
    }
    let form = """
      <form class="filters" action="/" method="get">
      \(field("q", filter.search, "words"))\(field("speaker", filter.speaker, "speaker"))\
      \(field("about", filter.about, "about (person, organisation, place)"))\
      \(field("since", filter.since, "since YYYY-MM-DD"))\(field("until", filter.until, "until"))<button>Filter</button>
      </form>
      """
    let summary =
      "<p class=\"muted\">\(page.total) of \(stats.quotes) quotes · \(stats.articles) articles · "
      + "\(stats.speakers) speakers</p>"
    return PageLayout.render(
      title: "Quotes",
      body: "<h1>Who said what</h1>" + form + summary + QuoteList.render(page.items) + pager(page, filter),
      query: filter.search ?? "")
  }

  static func pager(_ page: Page<QuoteRow>, _ filter: QuoteFilter) -> String {
    let params = [
      ("q", filter.search), ("speaker", filter.speaker), ("about", filter.about), ("since", filter.since),
      ("until", filter.until),
    ]
    .compactMap { name, value in value.map { "\(name)=\(HTML.query($0))" } }.joined(separator: "&")
    var links: [String] = []
    if page.offset > 0 {
      links.append("<a href=\"/?\(params)&offset=\(max(0, page.offset - page.limit))\">← newer</a>")
    }
    if page.offset + page.items.count < page.total {
      links.append("<a href=\"/?\(params)&offset=\(page.offset + page.limit)\">older →</a>")
    }
    return "<div class=\"pager\">" + links.joined() + "</div>"
  }
}
