/// How the extractor treats element names.
enum TagKinds {
  /// Elements that start and end a block of text.
  static let block: Set<String> = [
    "html", "body", "p", "div", "section", "article", "main", "header", "footer", "nav", "aside",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "form",
    "fieldset", "details", "summary", "address", "center", "hr", "br", "menu", "dialog", "picture",
    "hgroup", "legend", "label", "noscript", "script",
  ]
  /// Elements that hold page furniture rather than the story.
  static let boilerplate: Set<String> = [
    "nav", "aside", "footer", "header", "form", "figure", "figcaption", "menu", "dialog", "caption",
    "fieldset", "label", "legend", "script",
  ]
  /// Headings, kept as paragraphs of their own when short.
  static let headings: Set<String> = ["h2", "h3", "h4", "h5", "h6"]
}
