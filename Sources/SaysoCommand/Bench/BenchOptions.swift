import ArgumentParser

/// The options both benchmark commands take: what to read and how often to
/// run over it (the best run counts).
struct BenchOptions: ParsableArguments {
  @Argument(help: "Files or directories of any kind `extract` reads.")
  var inputs: [String]

  @Option(help: "How many times to run over the input; the best run counts.")
  var repeats: Int = 3

  /// Every article of the inputs, read into memory before timing starts.
  func articles(_ keep: (Article) -> Article?) throws -> [Article] {
    var reader = ArticleReader(try InputSource.expand(inputs))
    var articles: [Article] = []
    while let a = try reader.next() {
      if let kept = keep(a) { articles.append(kept) }
    }
    guard !articles.isEmpty else { throw SaysoError.noArticles(inputs.joined(separator: " ")) }
    return articles
  }
}
