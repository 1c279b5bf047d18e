import Foundation

/// The article facts of a page's JSON-LD (`<script type="application/ld+json">`):
/// the first object whose `@type` ends in `Article` or `BlogPosting` (also
/// inside `@graph` and arrays), else the first object with a `headline`.
///
/// ```swift
/// let ld = JSONLD(#"{"@type":"NewsArticle","headline":"Port reopens","author":{"name":"Mara Lind"}}"#)
/// ld.headline  // "Port reopens"; ld.authors == ["Mara Lind"]
/// ```
struct JSONLD {
  var headline: String?
  var published: String?
  var authors: [String] = []
  var publisher: String?
  var language: String?
  var url: String?

  init() {}

  init(_ scripts: [String]) {
    var candidates: [[String: Any]] = []
    for script in scripts {
      guard let data = script.trimmed.data(using: .utf8),
        let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      else { continue }
      JSONLD.objects(in: json, into: &candidates, depth: 0)
    }
    let article =
      candidates.first { JSONLD.isArticle($0["@type"]) }
      ?? candidates.first { $0["headline"] is String }
    guard let article else {
      publisher =
        candidates.first {
          JSONLD.types($0["@type"]).contains("Organization")
            || JSONLD.types($0["@type"]).contains("NewsMediaOrganization")
        }?["name"] as? String
      return
    }
    headline = (article["headline"] as? String)?.collapsed
    published = (article["datePublished"] as? String) ?? (article["dateCreated"] as? String)
    authors = JSONLD.names(article["author"]) + (JSONLD.names(article["creator"]))
    publisher = JSONLD.names(article["publisher"]).first
    language = article["inLanguage"] as? String
    url = article["url"] as? String
  }

  init(_ script: String) { self.init([script]) }

  private static func objects(in json: Any, into out: inout [[String: Any]], depth: Int) {
    guard depth < 8 else { return }
    if let array = json as? [Any] {
      for item in array { objects(in: item, into: &out, depth: depth + 1) }
    } else if let object = json as? [String: Any] {
      out.append(object)
      if let graph = object["@graph"] { objects(in: graph, into: &out, depth: depth + 1) }
      if let main = object["mainEntity"] { objects(in: main, into: &out, depth: depth + 1) }
    }
  }

  private static func types(_ value: Any?) -> [String] {
    if let s = value as? String { return [s] }
    return (value as? [Any])?.compactMap { $0 as? String } ?? []
  }

  private static func isArticle(_ value: Any?) -> Bool {
    types(value).contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }
  }

  /// Names from a string, a `{"name": …}` object or an array of either.
  static func names(_ value: Any?) -> [String] {
    if let s = value as? String { return s.trimmed.isEmpty ? [] : [s.collapsed] }
    if let o = value as? [String: Any] { return names(o["name"]) }
    if let a = value as? [Any] { return a.flatMap { names($0) } }
    return []
  }
}
