import Foundation

/// One line of a JSONL input: `{"doc_id": "…", "text": "…"}`; `id` is
/// accepted for `doc_id`.
struct JSONLine: Decodable {
  var docID: String?
  var id: String?
  var text: String?

  enum CodingKeys: String, CodingKey {
    case docID = "doc_id"
    case id, text
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
    return Article(id: id, text: text, origin: "\(path):\(number)")
  }
}
