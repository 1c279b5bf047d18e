import ArgumentParser
import Foundation
import Sayso

/// `sayso extract`: finds every quotation and its speaker in the given articles.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Find quotations and speakers in articles: text, web pages, web archives or JSONL.",
    discussion: """
      INPUT is a text file, an HTML page, a WARC archive (plain or gzipped per record), \
      a .jsonl file of {"doc_id", "text"} or {"doc_id", "html"} lines, any of these \
      gzipped, a directory (walked for all of them), or - for standard input. The kind \
      is told from the content. Offsets in the output are [start, end) in Unicode code \
      points into the document's text, as Python indexes a str.
      """
  )

  @Argument(help: "Files, directories or - (standard input).")
  var inputs: [String] = []

  @Option(help: "json (default for one article), jsonl (default for several) or text.")
  var format: OutputFormat?

  @Option(help: "Threads to use; 1 gives the single-core figure.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: "Keep only outermost quotations, dropping those nested in another, as PolNeAR annotates.")
  var outermost = false

  @Option(help: "Skip, with an error, articles larger than this many megabytes.")
  var maxArticleMb: Int = 16

  mutating func run() throws {
    guard jobs >= 1 else { throw SaysoError.badOption("--jobs must be at least 1") }
    guard maxArticleMb >= 1 else { throw SaysoError.badOption("--max-article-mb must be at least 1") }
    let limit = maxArticleMb * 1_000_000
    var oversized = 0
    let sources = try InputSource.expand(inputs)
    let single = sources.count == 1 && { if case .textFile = sources[0] { return true } else { return false } }()
    let format = self.format ?? (single ? .json : .jsonl)
    var reader = ArticleReader(sources)
    let runner = ParallelRunner(jobs: jobs)
    let output = OutputWriter()
    var count = 0
    let batchSize = max(16, jobs * 16)
    let wrapArray = format == .json && !single
    if wrapArray { output.write("[\n") }
    while true {
      var batch: [Article] = []
      while batch.count < batchSize, let article = try reader.next() {
        let size = article.text.utf8.count
        if size > limit {
          // One huge "article" is almost always a broken input; it would take
          // minutes and gigabytes, so it is reported and skipped.
          output.warn(
            SaysoError.tooLarge(origin: article.origin, megabytes: size / 1_000_000, limit: maxArticleMb).description)
          oversized += 1
          continue
        }
        batch.append(article)
      }
      if batch.isEmpty { break }
      let analysed = runner.run(batch)
      let docs = outermost ? analysed.map { $0.outermost() } : analysed
      // Rendering JSON costs about as much as the analysis: do it on every core too.
      let rendered = docs.concurrentMap(jobs: jobs) { format.render($0) }
      for (doc, text) in zip(docs, rendered) {
        if wrapArray && count > 0 { output.write(",\n") }
        output.write(text)
        if !wrapArray || format != .json { output.write("\n") }
        for warning in doc.warnings where warning.contains("UTF-8") { output.warn(warning) }
        count += 1
      }
      output.flush()
    }
    if wrapArray { output.write("\n]\n") }
    output.flush()
    if oversized > 0 { throw ExitCode.failure }
  }
}
