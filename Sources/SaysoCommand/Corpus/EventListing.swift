import SaysoStore

/// Renders a page of events as a table, JSON or CSV. The CSV's columns follow
/// the names POLECAT's event files use, so that scripts written for those load
/// Sayso's output with few changes.
enum EventListing {
  static let csvHeader = [
    "Event ID", "Event Date", "Story Date", "Event Type", "Event Mode", "Actor Name", "Actor Country",
    "Actor Sector", "Recipient Name", "Recipient Country", "Recipient Sector", "Placename", "Modality",
    "Claimed By", "Event Text", "Story ID", "Story URL", "Evidence",
  ]

  static func render(_ page: Page<EventRow>, format: QueryFormat) -> String {
    switch format {
    case .json: return JSONText.pretty(page)
    case .csv:
      var csv = CSVWriter(header: csvHeader)
      for e in page.items {
        let source = split(e.source.code)
        let target = split(e.target?.code)
        csv.append([
          String(e.id), e.date, e.published, e.type, e.mode, e.source.text, source.country, source.sector,
          e.target?.text, target.country, target.sector, e.location, e.modality, e.claimedBySpeaker, e.sentence,
          e.docID, e.url, e.evidence,
        ])
      }
      return csv.output
    case .table:
      var table = TableWriter(
        header: ["date", "type", "source", "target", "modality", "article"], widths: [10, 9, 30, 30, 12, 24])
      for e in page.items {
        let source = e.source.text + (e.source.code.map { " [\($0)]" } ?? "")
        let target = e.target.map { $0.text + ($0.code.map { " [\($0)]" } ?? "") }
        table.append([e.date ?? e.published, e.type, source, target, e.modality, e.docID])
      }
      let shown = page.items.isEmpty ? "no events match" : "\(page.offset + 1)–\(page.offset + page.items.count) of"
      return table.render() + "\(shown) \(page.total)\n"
    }
  }

  /// "IRN GOV" as country IRN and sector GOV.
  static func split(_ code: String?) -> (country: String?, sector: String?) {
    guard let code else { return (nil, nil) }
    let parts = code.split(separator: " ", maxSplits: 1).map(String.init)
    return (parts.first, parts.count > 1 ? parts[1] : nil)
  }
}
