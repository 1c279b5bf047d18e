import Foundation
import SaysoStore
import Testing

@testable import SaysoCommand

/// `sayso ingest`, `quotes`, `speakers` and `show` on a database built from
/// the sample articles that ship in `Samples/`.
struct CorpusCommandTests {
  static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Samples").path

  func ingestSamples(_ dir: TemporaryDirectory) throws -> String {
    let db = dir.path + "/corpus.sqlite"
    var command = try IngestCommand.parse([Self.samples, "--db", db, "--jobs", "2"])
    try command.run()
    return db
  }

  @Test func ingestStoresEverySampleOnceEvenWhenRepeated() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let db = try ingestSamples(dir)
    let first = try Store(path: db).stats()
    #expect(first.articles == 9)
    var again = try IngestCommand.parse([Self.samples, "--db", db])
    try again.run()
    #expect(try Store(path: db).stats() == first)
  }

  @Test func speakerWithTwoNamesIsOneAndNamesakesStayApart() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let store = try Store(path: try ingestSamples(dir))
    let names = try store.speakers(name: "Adeyemi").items.map(\.name)
    #expect(names.contains("Tomas Adeyemi"))
    #expect(names.contains("Ruth Adeyemi"))
    // The budget story calls him "Maritime Minister Adeyemi" only; his role joins it to him.
    #expect(!names.contains("Adeyemi"))
    let tomas = try #require(try store.speakers(name: "Tomas Adeyemi").items.first)
    #expect(tomas.firstSeen == "2024-02-12")
    #expect(tomas.lastSeen == "2024-05-27")
  }

  @Test func quoteListingsInEachFormat() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let store = try Store(path: try ingestSamples(dir))
    let page = try store.quotes(QuoteFilter(speaker: "Ruth Adeyemi", since: "2024-05"))
    #expect(page.total >= 1)
    let table = QuoteListing.render(page, format: .table)
    #expect(table.hasPrefix("date"))
    #expect(table.contains("Ruth Adeyemi"))
    let csv = QuoteListing.render(page, format: .csv)
    #expect(csv.hasPrefix("quote_id,published,speaker"))
    #expect(csv.split(separator: "\r\n").count == page.items.count + 1)
    let json = QuoteListing.render(page, format: .json)
    let decoded = try JSONDecoder().decode(Page<QuoteRow>.self, from: Data(json.utf8))
    #expect(decoded == page)
  }

  @Test func queriesOnAMissingDatabaseExplainWhatToDo() throws {
    let command = try QuotesCommand.parse(["--db", "/nonexistent/corpus.sqlite"])
    #expect(throws: StoreError.missing(path: "/nonexistent/corpus.sqlite")) { try command.run() }
  }

  @Test func showNamesAnUnknownArticle() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let db = try ingestSamples(dir)
    let command = try ShowCommand.parse(["nothing-here", "--db", db])
    #expect(throws: SaysoError.self) { try command.run() }
  }

  @Test func eventsAsPolecatStyleCSV() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let store = try Store(path: try ingestSamples(dir))
    let page = try store.events(EventFilter(actor: "ISL"))
    #expect(page.total >= 1)
    let csv = EventListing.render(page, format: .csv)
    let lines = csv.split(separator: "\r\n")
    #expect(lines.first == Substring(EventListing.csvHeader.joined(separator: ",")))
    #expect(lines.count == page.items.count + 1)
    #expect(csv.contains(",ISL,"))
    #expect(EventListing.render(page, format: .table).contains("[ISL"))
  }

  @Test func csvQuotesFieldsThatNeedIt() {
    #expect(CSVWriter.field("plain") == "plain")
    #expect(CSVWriter.field("a, b") == "\"a, b\"")
    #expect(CSVWriter.field("say \"no\"") == "\"say \"\"no\"\"\"")
  }
}
