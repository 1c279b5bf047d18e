import SaysoStore

/// Quotes as a list of cards: words, speaker with role, date, outlet, and a
/// link to the quote in its article.
enum QuoteList {
  static func render(_ quotes: [QuoteRow]) -> String {
    guard !quotes.isEmpty else { return "<p class=\"muted\">No quotes match.</p>" }
    var html = "<ol class=\"quotes\">"
    for q in quotes {
      let speaker =
        q.speakerID.map { "<a class=\"who\" href=\"/speakers/\($0)\">\(HTML.escape(q.speaker ?? "?"))</a>" }
        ?? "<span class=\"who\">\(HTML.escape(q.speaker ?? "unknown speaker"))</span>"
      let role = q.roles.first.map { ", " + HTML.escape($0) } ?? ""
      let words = q.snippet.map(highlightSnippet) ?? HTML.escape(q.text)
      let source = [q.published, q.site].compactMap { $0 }.map(HTML.escape).joined(separator: " · ")
      html += """
        <li><div>\(words)</div><div>\(speaker)<span class="muted">\(role)</span><span class="kind">\(q.kind)</span></div>
        <div class="meta">\(source.isEmpty ? "" : source + " · ")<a href="/articles/\(q.articleID)#q\(q.id)">\(HTML.escape(q.title ?? q.docID))</a></div></li>
        """
    }
    return html + "</ol>"
  }

  /// A search snippet with FTS5's `[`…`]` marks shown in bold.
  static func highlightSnippet(_ snippet: String) -> String {
    HTML.escape(snippet).replacingOccurrences(of: "[", with: "<b>").replacingOccurrences(of: "]", with: "</b>")
  }
}
