import ArgumentParser
import Sayso
import SaysoStore

/// `sayso events`: lists stored political events by actor, type and date.
struct EventsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "events",
    abstract: "List stored political events (PLOVER types), filtered by actor, type or date.",
    discussion: """
      --actor takes a code (IRN for any Iranian actor, "IRN GOV" for its government) or a name in \
      whole words. --format csv writes one row an event, in columns named as POLECAT users know them.
      """
  )

  @OptionGroup var store: StoreOptions

  @Option(help: "An actor code (IRN, \"ISR MIL\") or name, as source or target.")
  var actor: String?

  @Option(help: "Two country codes, comma-separated (IRN,IRQ): events between them, either way.")
  var between: String?

  @Option(help: "A PLOVER type: \(EventType.allCases.map(\.rawValue).joined(separator: ", ")).")
  var type: EventType?

  @Option(help: "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
  var since: String?

  @Option(help: "Only events on or before this date.")
  var until: String?

  @Option(help: "table, json or csv.")
  var format: QueryFormat = .table

  @Option(help: "How many events to show.")
  var limit: Int = 50

  @Option(help: "How many to skip first.")
  var offset: Int = 0

  func run() throws {
    var pair: (String, String)?
    if let between {
      let codes = between.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
      guard codes.count == 2 else { throw SaysoError.badOption("--between takes two codes: IRN,IRQ") }
      pair = (codes[0], codes[1])
    }
    let filter = EventFilter(
      actor: actor, between: pair, type: type, since: since, until: until, limit: limit, offset: offset)
    let page = try store.openForReading().events(filter)
    print(EventListing.render(page, format: format), terminator: "")
  }
}

extension EventType: ExpressibleByArgument {
  public init?(argument: String) { self.init(rawValue: argument.uppercased()) }
}
