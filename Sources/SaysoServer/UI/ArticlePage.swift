import Sayso
import SaysoStore

/// An article with every quote marked in its speaker's colour (hover for
/// speaker, cue and evidence), a legend of speakers, and the quotes as a table.
enum ArticlePage {
  static func render(_ article: ArticleView) -> String {
    let doc = article.document
    let title = doc.title ?? doc.id
    let meta = [
      article.published, doc.source.siteName,
      doc.source.authors.isEmpty ? nil : doc.source.authors.joined(separator: ", "),
    ]
    .compactMap { $0 }.map(HTML.escape).joined(separator: " · ")
    let link = doc.source.url.map { " · <a href=\"\(HTML.escape($0))\" rel=\"noreferrer\">original</a>" } ?? ""
    let marked = ArticleHighlighter(document: doc, entityIDs: article.entityIDs, quoteIDs: article.quoteIDs).render()
    let body = """
      <h1>\(HTML.escape(title))</h1><p class="muted">\(meta)\(link) · doc \(HTML.escape(doc.id)) · \
      \(doc.quotes.count) quotes</p>
      <p class="legend">\(legend(article))</p>
      <div class="article">\(marked)</div>
      <h2>Quotes</h2>\(table(article))
      <h2>Events</h2>\(EventTable.render(doc.events))
      """
    return PageLayout.render(title: title, body: body)
  }

  static func legend(_ article: ArticleView) -> String {
    var seen = Set<String>()
    var items: [String] = []
    for quote in article.document.quotes {
      let key = quote.speakerEntity ?? quote.speaker ?? "?"
      guard seen.insert(key).inserted else { continue }
      let id = quote.speakerEntity.flatMap { article.entityIDs[$0] }
      let name = HTML.escape(quote.speaker ?? "unknown speaker")
      let label = id.map { "<a href=\"/speakers/\($0)\">\(name)</a>" } ?? name
      items.append("<span><span class=\"swatch\" style=\"\(SpeakerColor(id: id).style)\"></span>\(label)</span>")
    }
    return items.joined()
  }

  static func table(_ article: ArticleView) -> String {
    var rows = ""
    for q in article.document.quotes {
      rows += """
        <tr><td>\(q.id)</td><td>\(q.kind.rawValue)</td><td>\(HTML.escape(q.speaker ?? ""))</td>\
        <td>\(HTML.escape(q.cue ?? ""))</td><td>\(HTML.escape(q.text))</td>\
        <td class="muted">\(HTML.escape(q.evidence))\(q.parent.map { " (in \($0))" } ?? "")</td></tr>
        """
    }
    return "<table><thead><tr><th>id</th><th>kind</th><th>speaker</th><th>cue</th><th>quote</th><th>evidence</th>"
      + "</tr></thead><tbody>\(rows)</tbody></table>"
  }
}
