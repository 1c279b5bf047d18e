import ArgumentParser
import Foundation
import Sayso
import SaysoStore

/// `sayso quotes`: lists stored quotes by speaker, topic, words and date.
struct QuotesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quotes",
    abstract: "List stored quotes, filtered by speaker, topic, words or date.",
    discussion: """
      Names match whole words, case-insensitively ("--speaker Larijani" finds "Ali Larijani"); \
      a number is a speaker id. --search takes words that must all occur (stemmed).
      """
  )

  @OptionGroup var store: StoreOptions

  @Option(help: "The speaker's name, or part of it, or their id.")
  var speaker: String?

  @Option(help: "A person, organisation or place named in the quote.")
  var about: String?

  @Option(help: "Words the quote must contain.")
  var search: String?

  @Option(help: "Only quotes of this kind: direct, mixed or indirect.")
  var kind: QuoteKind?

  @OptionGroup var listing: ListingOptions

  func run() throws {
    let filter = QuoteFilter(
      speaker: speaker, about: about, search: search, since: listing.since, until: listing.until, kind: kind,
      limit: listing.limit,
      offset: listing.offset)
    let page = try store.openForReading().quotes(filter)
    print(QuoteListing.render(page, format: listing.format), terminator: "")
  }
}

extension QuoteKind: ExpressibleByArgument {}
