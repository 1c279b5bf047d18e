import Foundation
import SaysoStore

/// Renders a page of quotes as a table, JSON or CSV.
enum QuoteListing {
  static func render(_ page: Page<QuoteRow>, format: QueryFormat) -> String {
    switch format {
    case .json: return JSONText.pretty(page)
    case .csv:
      var csv = CSVWriter(header: [
        "quote_id", "published", "speaker", "speaker_id", "roles", "kind", "cue", "text", "doc_id", "title", "site",
        "url", "start", "end", "evidence",
      ])
      for q in page.items {
        csv.append([
          String(q.id), q.published, q.speaker, q.speakerID.map { String($0) }, q.roles.joined(separator: "; "), q.kind,
          q.cue, q.text, q.docID, q.title, q.site, q.url, String(q.start), String(q.end), q.evidence,
        ])
      }
      return csv.output
    case .table:
      var table = TableWriter(header: ["date", "speaker", "kind", "quote", "article"], widths: [10, 24, 8, 60, 24])
      for q in page.items { table.append([q.published, q.speaker ?? "(unknown)", q.kind, q.text, q.docID]) }
      let shown = page.items.isEmpty ? "no quotes match" : "\(page.offset + 1)–\(page.offset + page.items.count)"
      return table.render() + "\(shown) of \(page.total)\n"
    }
  }
}
