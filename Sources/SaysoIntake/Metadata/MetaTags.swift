/// The `<meta>` tags of a page as a dictionary from lower-cased `property`,
/// `name`, `itemprop` or `http-equiv` to `content` (first occurrence wins),
/// plus `<link rel=canonical>` and `<html lang>`.
///
/// ```swift
/// // <meta property="og:site_name" content="Coastline News">
/// MetaTags(tree)["og:site_name"]  // "Coastline News"
/// ```
struct MetaTags {
  private var values: [String: String] = [:]
  /// `<link rel="canonical" href>`.
  var canonical: String?
  /// `<html lang>`.
  var htmlLang: String?

  init(_ tree: PageTree) {
    for node in tree.nodes where !node.isText {
      switch node.tag {
      case "meta":
        guard let content = node.attribute("content")?.trimmed, !content.isEmpty else { continue }
        for key in ["property", "name", "itemprop", "http-equiv"] {
          if let k = node.attribute(key)?.lowercased().trimmed, !k.isEmpty, values[k] == nil { values[k] = content }
        }
      case "link":
        if canonical == nil, node.attribute("rel")?.lowercased() == "canonical",
          let href = node.attribute("href")?.trimmed, !href.isEmpty
        {
          canonical = href
        }
      case "html":
        if htmlLang == nil { htmlLang = node.attribute("lang")?.trimmed }
      default: break
      }
    }
  }

  /// The content of the first of `keys` present.
  subscript(_ keys: String...) -> String? {
    for k in keys { if let v = values[k] { return v } }
    return nil
  }
}

extension String {
  /// The string without surrounding white space.
  var trimmed: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  /// White space runs collapsed to one space, trimmed.
  var collapsed: String {
    var out = TextBuffer()
    out.append(self, inLink: false)
    return out.take(owner: 0, tag: "")?.text ?? ""
  }
}
