import GRDB

/// One stored event with its actors and article, as queries return it.
///
/// ```swift
/// for event in try store.events(EventFilter(actor: "IRN")).items {
///   print(event.type, event.source.text, event.target?.text ?? "-")
/// }
/// ```
public struct EventRow: Sendable, Equatable, Codable, FetchableRecord {
  /// One side of the event.
  public struct Actor: Sendable, Equatable, Codable {
    /// The words of the article, the actor code, and the corpus entity when resolved.
    public var text: String
    public var code: String?
    public var entityID: Int64?

    enum CodingKeys: String, CodingKey {
      case text, code
      case entityID = "entity_id"
    }
  }

  /// The store id, the id in its document, the PLOVER type and mode.
  public var id: Int64
  public var localID: String
  public var type: String
  public var mode: String?
  /// Who acted, and on whom.
  public var source: Actor
  public var target: Actor?
  /// The event's date, the place named, and whether it is asserted, negated, hypothetical or future.
  public var date: String?
  public var location: String?
  public var modality: String
  /// The quote that reports the event, and that quote's speaker, when it is a claim.
  public var claimedBy: Int64?
  public var claimedBySpeaker: String?
  /// The rule that found it, and the sentence it sits in.
  public var evidence: String
  public var sentence: String
  /// The article: store id, doc id, title, address and publication date.
  public var articleID: Int64
  public var docID: String
  public var title: String?
  public var url: String?
  public var published: String?

  enum CodingKeys: String, CodingKey {
    case id, type, mode, source, target, date, location, modality, evidence, sentence, title, url, published
    case localID = "local_id"
    case claimedBy = "claimed_by"
    case claimedBySpeaker = "claimed_by_speaker"
    case articleID = "article_id"
    case docID = "doc_id"
  }

  public init(row: Row) {
    id = row["id"]
    localID = row["local_id"]
    type = row["type"]
    mode = row["mode"]
    source = Actor(text: row["source_text"], code: row["source_code"], entityID: row["source_entity_id"])
    let targetText: String? = row["target_text"]
    target = targetText.map { Actor(text: $0, code: row["target_code"], entityID: row["target_entity_id"]) }
    date = row["date"]
    location = row["location"]
    modality = row["modality"]
    claimedBy = row["claimed_by"]
    claimedBySpeaker = row["claim_speaker"]
    evidence = row["evidence"]
    sentence = row["sentence"]
    articleID = row["article_id"]
    docID = row["doc_id"]
    title = row["title"]
    url = row["url"]
    published = row["published"]
  }
}
