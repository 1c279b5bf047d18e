/// The Sayso engine: reads one article's text and returns everything it finds
/// as a ``Document``. It does no I/O and keeps no state between articles, so
/// one engine can serve many threads.
///
/// ```swift
/// let engine = Engine()
/// let doc = engine.analyze("“Talks will resume,” the minister said.", id: "a1")
/// doc.quotes[0].kind     // .direct
/// doc.quotes[0].speaker  // "the minister"
/// ```
public struct Engine: Sendable {
  /// Country names and codes for coding event actors; empty codes no country.
  public let countries: CountryTable

  /// Creates an engine.
  ///
  /// - Parameter countries: ISO 3166 country names and codes, read by the
  ///   caller (the engine reads no file); without them events carry sectors only.
  public init(countries: CountryTable = CountryTable()) {
    self.countries = countries
  }

  /// Analyses one article.
  ///
  /// - Parameters:
  ///   - text: the article as plain text; it is kept unchanged in the result.
  ///   - id: the identifier to put in ``Document/id``.
  ///   - published: the article's date (ISO 8601), against which event dates
  ///     such as "on Sunday" are resolved.
  public func analyze(_ text: String, id: String, published: String? = nil) -> Document {
    let scalars = ScalarText(text)
    let layout = LayoutReader.read(scalars)
    // Boilerplate and the dateline are not article prose: no rule reads them.
    var skipped = layout.boilerplate.map { TextSpan($0.start, $0.end) }
    if let d = layout.dateline { skipped.append(TextSpan(d.start, d.end)) }
    var tokens = Tokenizer.tokenize(scalars)
    Surnames.mark(&tokens)
    if !skipped.isEmpty {
      tokens.removeAll { t in skipped.contains { $0.start <= t.start && t.end <= $0.end } }
    }
    let analysis = Analysis(text: scalars, tokens: tokens, headline: layout.titleSpan)
    let attributions = QuoteFinder.find(analysis)
    // A headline in title case names no one reliably; a sentence-case one does.
    let headlineCase = layout.titleSpan.map { LayoutReader.isTitleCase($0, scalars) } ?? false
    let proseStart = headlineCase ? layout.titleSpan?.end ?? 0 : 0
    let (speakers, registry) = EntityResolver.resolve(analysis, attributions, proseStart: proseStart)
    var assembler = DocumentAssembler(
      analysis: analysis, attributions: attributions, speakers: speakers, registry: registry)
    var doc = assembler.document(id: id, text: text, layout: layout)
    // Most articles' triggers are few; the assembler's look-ups are built only when there are some.
    let drafts = EventFinder.drafts(analysis)
    if !drafts.isEmpty {
      let events = EventAssembler(
        analysis: analysis, document: doc, coder: ActorCoder(countries: countries),
        dates: DateResolver(published: published))
      doc.events = events.events(drafts)
    }
    return doc
  }
}
