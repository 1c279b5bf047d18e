/// Columns aligned for a terminal; long cells are cut to their column's width
/// with an ellipsis, and line breaks become spaces.
struct TableWriter {
  var header: [String]
  var widths: [Int]
  private var rows: [[String]] = []

  init(header: [String], widths: [Int]) {
    self.header = header
    self.widths = widths
  }

  mutating func append(_ cells: [String?]) { rows.append(cells.map { $0 ?? "" }) }

  func render() -> String {
    var out = line(header) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
    for row in rows { out += line(row) + "\n" }
    return out
  }

  private func line(_ cells: [String]) -> String {
    var parts: [String] = []
    for (i, cell) in cells.enumerated() {
      let flat = cell.split(whereSeparator: \.isNewline).joined(separator: " ")
      let width = widths[i]
      let cut = flat.count > width ? String(flat.prefix(width - 1)) + "…" : flat
      parts.append(i == cells.count - 1 ? cut : cut + String(repeating: " ", count: width - cut.count))
    }
    return parts.joined(separator: "  ")
  }
}
