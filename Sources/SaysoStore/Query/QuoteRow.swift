import GRDB

/// One stored quotation with its speaker and article, as queries return it.
///
/// ```swift
/// for quote in try store.quotes(QuoteFilter(speaker: "Okafor")).items {
///   print(quote.speaker ?? "?", quote.text)
/// }
/// ```
public struct QuoteRow: Sendable, Equatable, Codable, FetchableRecord {
  /// The quote's id in the store.
  public var id: Int64
  /// The id in its article's document (`q3`).
  public var localID: String
  /// `direct`, `mixed` or `indirect`.
  public var kind: String
  /// The quoted words.
  public var text: String
  /// The speaker: the corpus name when resolved, else the article's wording.
  public var speaker: String?
  /// The speaker's corpus id.
  public var speakerID: Int64?
  /// The speaker's roles across the corpus.
  public var roles: [String]
  /// The cue as written, and its lemma.
  public var cue: String?
  public var cueLemma: String?
  /// The rule that attributed the quote.
  public var evidence: String
  /// `[start, end)` in code points into the article text.
  public var start: Int
  public var end: Int
  /// The id in its document of the quote this one is nested in.
  public var parent: String?
  /// The article: store id, doc id, title, site, address and publication date.
  public var articleID: Int64
  public var docID: String
  public var title: String?
  public var site: String?
  public var url: String?
  public var published: String?
  /// The matching words in context, when the query searched text.
  public var snippet: String?

  enum CodingKeys: String, CodingKey {
    case id, kind, text, speaker, roles, cue, evidence, start, end, parent, title, site, url, published, snippet
    case localID = "local_id"
    case speakerID = "speaker_id"
    case cueLemma = "cue_lemma"
    case articleID = "article_id"
    case docID = "doc_id"
  }

  public init(row: Row) {
    id = row["id"]
    localID = row["local_id"]
    kind = row["kind"]
    text = row["text"]
    speaker = row["entity_name"] ?? row["speaker"]
    speakerID = row["entity_id"]
    roles = RoleList.decode(row["roles"])
    cue = row["cue"]
    cueLemma = row["cue_lemma"]
    evidence = row["evidence"]
    start = row["start"]
    end = row["end"]
    parent = row["parent"]
    articleID = row["article_id"]
    docID = row["doc_id"]
    title = row["title"]
    site = row["site"]
    url = row["url"]
    published = row["published"]
    snippet = row["snippet"]
  }

  /// The columns `init(row:)` reads, for queries that join quote, article and entity.
  static let columns = """
    q.id, q.local_id, q.kind, q.text, q.speaker, q.entity_id, e.name AS entity_name, e.roles, q.cue, q.cue_lemma,
    q.evidence, q.start, q."end", q.parent, q.article_id, a.doc_id, a.title, a.site, a.url, q.published
    """
}
