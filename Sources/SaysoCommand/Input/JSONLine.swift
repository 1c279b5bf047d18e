import Foundation
import Sayso
import SaysoIntake

/// One line of a JSONL input: `{"doc_id": "…", "text": "…"}`; `id` is
/// accepted for `doc_id`. Optional `published` (or `date`), `url`,
/// `site_name` and `authors` describe the article as a page's metadata would,
/// so that stored quotes can be filtered by date.
struct JSONLine: Decodable {
  var docID: String?
  var id: String?
  var text: String?
  var published: String?
  var date: String?
  var url: String?
  var siteName: String?
  var authors: [String]?

  enum CodingKeys: String, CodingKey {
    case docID = "doc_id"
    case siteName = "site_name"
    case id, text, published, date, url, authors
  }

  /// The line's metadata, when it gives any.
  var metadata: SourceInfo? {
    // "March 3, 2024" and "2024-03-03T10:00Z" both become 2024-03-03.
    let published = (self.published ?? date).map { DateNormalizer.iso8601($0) ?? $0 }
    guard published != nil || url != nil || siteName != nil || authors != nil else { return nil }
    return SourceInfo(url: url, siteName: siteName, authors: authors ?? [], published: published)
  }

  static func parse(_ line: Data, path: String, number: Int) throws(SaysoError) -> Article {
    let decoded: JSONLine
    do {
      decoded = try JSONDecoder().decode(JSONLine.self, from: line)
    } catch {
      throw .badJSONLine(path: path, line: number, reason: "not a JSON object")
    }
    guard let text = decoded.text else {
      throw .badJSONLine(path: path, line: number, reason: "missing \"text\"")
    }
    let id = decoded.docID ?? decoded.id ?? "\(InputSource.documentID(for: path))-\(number)"
    var article = Article(id: id, text: text, origin: "\(path):\(number)")
    article.metadata = decoded.metadata
    return article
  }
}
