/// Everything Sayso finds in one article: layout, quotations and the people
/// and organisations behind them.
///
/// A `Document` is a plain value; ``Engine/analyze(_:id:)`` makes one from text
/// without any I/O:
///
/// ```swift
/// let doc = Engine().analyze("“We are ready,” Okafor said.", id: "a1")
/// print(doc.quotes[0].speaker ?? "?")  // Okafor
/// ```
///
/// All offsets are `[start, end)` in Unicode code points into ``text``.
public struct Document: Hashable, Sendable {
  /// The identifier given with the input, or the file's base name.
  public var id: String
  /// The input text, unchanged.
  public var text: String
  /// The article's headline, when the text opens with one.
  public var title: String?
  /// The span of the headline in ``text``.
  public var titleSpan: TextSpan?
  /// The wire-style dateline that opens the body, when there is one.
  public var dateline: Dateline?
  /// The article body: after the headline, before trailing navigation.
  public var body: TextSpan
  /// Stretches of ``text`` that are not article.
  public var boilerplate: [Boilerplate]
  /// The speaker a headline names after a colon.
  public var headlineSpeaker: HeadlineSpeaker?
  /// Every quotation found, in text order.
  public var quotes: [Quote]
  /// Speakers and other people, organisations and places mentioned.
  public var entities: [Entity]
  /// Political events: who did what to whom, in text order.
  public var events: [Event]
  /// Problems met while reading the text, such as an unclosed quotation mark.
  public var warnings: [String]
  /// URL, site, authors, date and language, when the input was a web page.
  public var source: SourceInfo

  /// Creates a document.
  public init(
    id: String, text: String, title: String? = nil, titleSpan: TextSpan? = nil,
    dateline: Dateline? = nil, body: TextSpan, boilerplate: [Boilerplate] = [],
    headlineSpeaker: HeadlineSpeaker? = nil, quotes: [Quote] = [], entities: [Entity] = [],
    events: [Event] = [], warnings: [String] = [], source: SourceInfo = SourceInfo()
  ) {
    self.id = id
    self.text = text
    self.title = title
    self.titleSpan = titleSpan
    self.dateline = dateline
    self.body = body
    self.boilerplate = boilerplate
    self.headlineSpeaker = headlineSpeaker
    self.quotes = quotes
    self.entities = entities
    self.events = events
    self.warnings = warnings
    self.source = source
  }
}
