import Sayso

/// Which entities a quotation talks about: those named inside its spans,
/// other than its own speaker. Pronoun mentions do not count, since a quote's
/// "he" is resolved less surely than a name.
struct QuoteTopics {
  private var named: [(entity: String, start: Int, end: Int)] = []

  init(_ doc: Document) {
    for entity in doc.entities {
      for mention in entity.mentions where Self.isName(mention.text) {
        named.append((entity.id, mention.start, mention.end))
      }
    }
  }

  /// Local ids of the entities named within `quote`, in first-mention order.
  func entities(in quote: Quote) -> [String] {
    var found: [String] = []
    for mention in named where mention.entity != quote.speakerEntity && !found.contains(mention.entity) {
      if quote.spans.contains(where: { $0.start <= mention.start && mention.end <= $0.end }) {
        found.append(mention.entity)
      }
    }
    return found
  }

  static let pronouns: Set<String> = [
    "he", "she", "it", "they", "him", "her", "them", "his", "hers", "their", "i", "we", "me", "us", "you",
  ]

  static func isName(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return false }
    return !pronouns.contains(text.lowercased())
  }
}
