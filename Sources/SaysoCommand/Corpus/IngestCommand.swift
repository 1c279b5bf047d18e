import ArgumentParser
import Foundation
import Sayso
import SaysoStore

/// `sayso ingest`: analyses articles and stores them, their quotes and their
/// speakers in a database, skipping what is already there.
struct IngestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Analyse articles and add them to a database, with full-text search.",
    discussion: """
      Takes everything `sayso extract` takes. Each batch is committed in one transaction; \
      an article whose content is already stored is skipped, so an interrupted ingest is \
      finished by running the same command again.
      """
  )

  @Argument(help: "Files, directories or - (standard input).")
  var inputs: [String] = []

  @OptionGroup var store: StoreOptions

  @Option(help: "Threads to use.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Articles per transaction.")
  var batch: Int = 200

  @Option(help: "Skip, with an error, articles larger than this many megabytes.")
  var maxArticleMb: Int = 16

  mutating func run() throws {
    guard jobs >= 1 else { throw SaysoError.badOption("--jobs must be at least 1") }
    guard batch >= 1 else { throw SaysoError.badOption("--batch must be at least 1") }
    guard maxArticleMb >= 1 else { throw SaysoError.badOption("--max-article-mb must be at least 1") }
    let sources = try InputSource.expand(inputs)
    let db = try Store(path: store.db)
    var progress = IngestProgress(total: ArticleCounter.count(sources))
    var reader = ArticleReader(sources)
    let runner = ParallelRunner(jobs: jobs)
    let writer = BatchWriter(store: db)
    var pendingRead = (articles: 0, duplicates: 0)
    var failures = 0
    while true {
      var articles: [Article] = []
      while articles.count < batch, let article = try reader.next() {
        let size = article.html?.count ?? article.text.utf8.count
        if size > maxArticleMb * 1_000_000 {
          let error = SaysoError.tooLarge(origin: article.origin, megabytes: size / 1_000_000, limit: maxArticleMb)
          progress.warn(error.description)
          failures += 1
          continue
        }
        articles.append(article)
      }
      if articles.isEmpty { break }
      let hashes = articles.map { $0.html.map(ContentHash.of) ?? ContentHash.of($0.text) }
      let known = try db.knownHashes(hashes)
      var seen = known
      var fresh: [(Article, String)] = []
      for (article, hash) in zip(articles, hashes) where seen.insert(hash).inserted { fresh.append((article, hash)) }
      let docs = runner.run(fresh.map(\.0))
      let hashesOfFresh = fresh.map(\.1)
      let stored = Array(zip(docs, hashesOfFresh)).concurrentMap(jobs: jobs) { pair in
        // The JSONL writer is several times faster than JSONEncoder and writes the same schema.
        StoredArticle(document: pair.0, contentHash: pair.1, json: OutputFormat.jsonl.render(pair.0))
      }
      if let summary = try writer.submit(stored) {
        progress.advance(read: pendingRead.articles, summary: summary, duplicates: pendingRead.duplicates)
      }
      pendingRead = (articles.count, articles.count - fresh.count)
    }
    if let summary = try writer.finish() {
      progress.advance(read: pendingRead.articles, summary: summary, duplicates: pendingRead.duplicates)
    }
    progress.finish(path: store.db)
    if failures > 0 { throw ExitCode.failure }
  }
}
