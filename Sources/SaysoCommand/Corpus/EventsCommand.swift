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

  @OptionGroup var listing: ListingOptions

  func run() throws {
    var pair: (String, String)?
    if let between {
      let codes = between.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
      guard codes.count == 2 else { throw SaysoError.badOption("--between takes two codes: IRN,IRQ") }
      pair = (codes[0], codes[1])
    }
    let filter = EventFilter(
      actor: actor, between: pair, type: type, since: listing.since, until: listing.until, limit: listing.limit,
      offset: listing.offset)
    let page = try store.openForReading().events(filter)
    print(EventListing.render(page, format: listing.format), terminator: "")
  }
}

extension EventType: ExpressibleByArgument {
  public init?(argument: String) { self.init(rawValue: argument.uppercased()) }
}
