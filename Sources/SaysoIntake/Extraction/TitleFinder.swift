import Foundation

/// Finds the visible headline: the `<h1>` (or `<h2>`) that best matches a
/// headline the page declares (og:title, JSON-LD, `<title>`); else the last
/// `<h1>` before the article or the first inside it; else the declared
/// headline with a site-name suffix ("… | Coastline News") removed.
enum TitleFinder {
  static func find(_ tree: PageTree, declared: [String], siteName: String?, root: Int) -> String? {
    var headings: [(index: Int, tag: String, text: String)] = []
    for (i, n) in tree.nodes.enumerated() where n.tag == "h1" || n.tag == "h2" {
      let text = tree.text(of: i).collapsed
      if !text.isEmpty && text.count < 400 { headings.append((i, n.tag, text)) }
    }
    let declaredWords = declared.map(words)
    for tag in ["h1", "h2"] {
      var best: (score: Double, text: String)?
      for h in headings where h.tag == tag {
        let w = words(h.text)
        let score = declaredWords.map { similarity(w, $0) }.max() ?? 0
        if score >= 0.6, score > (best?.score ?? 0) { best = (score, h.text) }
      }
      if let best { return best.text }
    }
    let h1s = headings.filter { $0.tag == "h1" }
    let rootEnd = Int(tree.nodes[root].end)
    if let inside = h1s.first(where: { $0.index > root && $0.index < rootEnd }) { return inside.text }
    if declared.isEmpty, let before = h1s.last(where: { $0.index < root }) { return before.text }
    if let first = declared.first { return stripSiteName(first, siteName: siteName) }
    return h1s.first?.text
  }

  /// "Headline | Site" → "Headline": drops the part naming the site, else keeps the longest part.
  static func stripSiteName(_ title: String, siteName: String?) -> String {
    for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " : "] where title.contains(separator) {
      var parts = title.components(separatedBy: separator).map(\.trimmed).filter { !$0.isEmpty }
      if let site = siteName?.lowercased() {
        parts.removeAll { $0.lowercased() == site }
      }
      if parts.count == 1 { return parts[0] }
      return parts.max { $0.count < $1.count } ?? title
    }
    return title
  }

  /// Lower-cased letter-and-digit words.
  static func words(_ s: String) -> [String] {
    s.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
  }

  /// Word-bag F1 of two headlines.
  static func similarity(_ a: [String], _ b: [String]) -> Double {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    var counts: [String: Int] = [:]
    for w in b { counts[w, default: 0] += 1 }
    var common = 0
    for w in a where (counts[w] ?? 0) > 0 {
      common += 1
      counts[w]! -= 1
    }
    return 2 * Double(common) / Double(a.count + b.count)
  }
}
