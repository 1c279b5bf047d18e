import ArgumentParser
import Sayso
import SaysoStore

/// `sayso show`: one stored article with its quotes.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a stored article and its quotes.",
    discussion: "DOC_ID is the article's doc_id (its file name or JSONL id) or its number in the database."
  )

  @OptionGroup var store: StoreOptions

  @Argument(help: "The article's doc_id or number.")
  var docID: String

  @Option(help: "text (the quote view of `sayso extract`) or json (the whole document).")
  var format: OutputFormat = .text

  func run() throws {
    guard let article = try store.openForReading().article(docID) else {
      throw SaysoError.notFound("no article \"\(docID)\" in \(store.db); `sayso quotes` lists doc ids")
    }
    print(format.render(article.document))
  }
}
