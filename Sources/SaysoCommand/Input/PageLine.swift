import Foundation

/// One JSONL line that may carry a web page: `{"doc_id": "…", "html": "…"}`
/// beside the plain `{"doc_id": "…", "text": "…"}` that ``JSONLine`` reads.
///
/// ```json
/// {"doc_id": "port-1", "html": "<html><body><h1>Port reopens</h1><p>…</p></body></html>"}
/// ```
struct PageLine: Decodable {
  var docID: String?
  var id: String?
  var html: String?
  var url: String?

  enum CodingKeys: String, CodingKey {
    case docID = "doc_id"
    case id, html, url
  }

  /// An article from the line: its HTML when it has an `html` key, else as ``JSONLine`` reads it.
  static func parse(_ line: Data, path: String, number: Int) throws(SaysoError) -> Article {
    if let page = try? JSONDecoder().decode(PageLine.self, from: line), let html = page.html {
      let id = page.docID ?? page.id ?? "\(InputSource.documentID(for: path))-\(number)"
      return Article(
        id: id, text: "", origin: "\(path):\(number)", html: Array(html.utf8), url: page.url, charset: "UTF-8")
    }
    return try JSONLine.parse(line, path: path, number: number)
  }
}
