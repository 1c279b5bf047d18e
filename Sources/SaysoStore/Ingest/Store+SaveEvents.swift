import GRDB
import Sayso

extension Store {
  /// Stores a document's events; runs inside ``save(_:)``'s transaction.
  ///
  /// - Parameters:
  ///   - entities: corpus ids by the document's entity ids.
  ///   - quotes: corpus ids by the document's quote ids.
  func insertEvents(
    _ doc: Document, articleID: Int64, published: String?, entities: [String: Int64], quotes: [String: Int64],
    _ db: Database
  ) throws {
    let scalars = Array(doc.text.unicodeScalars)
    for event in doc.events {
      let sentence = Self.slice(scalars, event.sentence.start, event.sentence.end)
      try db.run(
        """
        INSERT INTO event (article_id, local_id, type, mode, source_text, source_code, source_entity_id, target_text,
          target_code, target_entity_id, trigger_start, trigger_end, sentence_start, sentence_end, sentence, date,
          location, modality, claimed_by, evidence, published)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
          articleID, event.id, event.type.rawValue, event.mode, event.source.text, event.source.actorCode,
          event.source.entity.flatMap { entities[$0] }, event.target?.text, event.target?.actorCode,
          event.target?.entity.flatMap { entities[$0] }, event.trigger.start, event.trigger.end,
          event.sentence.start, event.sentence.end, sentence, event.date, event.location, event.modality.rawValue,
          event.claimedBy.flatMap { quotes[$0] }, event.evidence, published,
        ])
    }
  }

  /// The text of `[start, end)` in code points, clamped to the text.
  static func slice(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
    let lower = max(0, min(start, scalars.count))
    let upper = max(lower, min(end, scalars.count))
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars[lower..<upper])
    return text
  }
}
