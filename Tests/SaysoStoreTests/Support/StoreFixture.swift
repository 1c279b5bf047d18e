import Foundation
import Sayso

@testable import SaysoStore

/// A store in a fresh temporary folder, filled from short hand-written
/// articles run through the engine, or from documents built by hand.
struct StoreFixture {
  let directory: String
  let store: Store

  init() throws {
    directory = NSTemporaryDirectory() + "sayso-store-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    store = try Store(path: directory + "/test.sqlite")
  }

  var path: String { directory + "/test.sqlite" }

  func remove() { try? FileManager.default.removeItem(atPath: directory) }

  /// Analyses `text` with the engine and stores it with a publication date.
  @discardableResult
  func add(_ text: String, id: String, published: String? = nil) throws -> SaveSummary {
    var doc = Engine().analyze(text, id: id)
    doc.source.published = published
    return try store.save([StoredArticle(document: doc, contentHash: ContentHash.of(text))])
  }

  /// A document with one quote by one person, made by hand so that merging
  /// rules are tested apart from the engine.
  static func document(id: String, speaker: String, roles: [String] = [], quote: String, published: String? = nil)
    -> Document
  {
    let text = "\(quote), \(speaker) said."
    let quoteEnd = quote.unicodeScalars.count
    let nameStart = quoteEnd + 2
    let nameEnd = nameStart + speaker.unicodeScalars.count
    var doc = Document(id: id, text: text, body: TextSpan(0, text.unicodeScalars.count))
    doc.entities = [
      Entity(
        id: "e1", name: speaker, type: .person, roles: roles,
        mentions: [Mention(start: nameStart, end: nameEnd, text: speaker)])
    ]
    doc.quotes = [
      Quote(
        id: "q1", kind: .direct, spans: [TextSpan(0, quoteEnd)], text: quote, speaker: speaker,
        speakerMention: TextSpan(nameStart, nameEnd), speakerEntity: "e1", cue: "said", cueSpan: nil,
        cueLemma: "say", parent: nil, evidence: "test")
    ]
    doc.source.published = published
    return doc
  }

  /// Stores a hand-made document.
  func save(_ doc: Document) throws {
    try store.save([StoredArticle(document: doc, contentHash: ContentHash.of(doc.id + doc.text))])
  }
}
