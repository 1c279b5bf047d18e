import ArgumentParser
import SaysoStore

/// `sayso speakers`: who is quoted, how often, in which roles, and when.
struct SpeakersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "speakers",
    abstract: "List speakers with their quote counts, roles, and first and last dates seen."
  )

  @OptionGroup var store: StoreOptions

  @Option(help: "Only speakers whose name contains these words.")
  var name: String?

  @Option(help: "table, json or csv.")
  var format: QueryFormat = .table

  @Option(help: "How many speakers to show.")
  var limit: Int = 50

  @Option(help: "How many to skip first.")
  var offset: Int = 0

  func run() throws {
    let page = try store.openForReading().speakers(name: name, limit: limit, offset: offset)
    switch format {
    case .json: print(JSONText.pretty(page), terminator: "")
    case .csv:
      var csv = CSVWriter(header: [
        "speaker_id", "name", "type", "quotes", "articles", "first_seen", "last_seen", "roles",
      ])
      for s in page.items {
        csv.append([
          String(s.id), s.name, s.type, String(s.quoteCount), String(s.articleCount), s.firstSeen, s.lastSeen,
          s.roles.joined(separator: "; "),
        ])
      }
      print(csv.output, terminator: "")
    case .table:
      var table = TableWriter(
        header: ["id", "speaker", "quotes", "first", "last", "roles"], widths: [6, 28, 6, 10, 10, 50])
      for s in page.items {
        table.append([
          String(s.id), s.name, String(s.quoteCount), s.firstSeen, s.lastSeen, s.roles.joined(separator: "; "),
        ])
      }
      print(table.render() + "\(page.items.count) of \(page.total) speakers")
    }
  }
}
