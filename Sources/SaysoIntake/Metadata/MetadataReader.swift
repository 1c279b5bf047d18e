import Sayso

/// Gathers ``SourceInfo`` and headline candidates from a parsed page,
/// trying the most deliberate statements first: `<meta>` tags (Open Graph,
/// `article:*`, Dublin Core, `author`, `date`), then JSON-LD, microdata,
/// `<time datetime>` and finally visible bylines.
enum MetadataReader {
  struct Result {
    var metadata: SourceInfo
    /// Declared headlines: og:title, twitter:title, JSON-LD headline, `<title>`.
    var declaredTitles: [String]
    /// The `<title>` element's text.
    var documentTitle: String?
  }

  static func read(_ tree: PageTree, blocks: [Block], url: String?) -> Result {
    let meta = MetaTags(tree)
    var scripts: [String] = []
    var documentTitle: String?
    var microAuthor: [String] = []
    var microDate: String?
    var timeDate: String?
    var bylineAuthors: [String] = []
    var visibleDate: String?
    for (i, node) in tree.nodes.enumerated() where !node.isText {
      switch node.tag {
      case "script": scripts.append(tree.text(of: i))
      case "title" where documentTitle == nil: documentTitle = tree.text(of: i).collapsed
      case "time" where timeDate == nil:
        timeDate = node.attribute("datetime").flatMap(DateNormalizer.iso8601)
      default: break
      }
      if node.attributes.isEmpty { continue }
      switch node.attribute("itemprop")?.lowercased() {
      case "datepublished" where microDate == nil:
        microDate = (node.attribute("content") ?? node.attribute("datetime")).flatMap(DateNormalizer.iso8601)
      case "author" where microAuthor.isEmpty:
        let name = node.attribute("content") ?? tree.text(of: i)
        microAuthor = Byline.authors(name.collapsed)
      default: break
      }
      let classes = node.attribute("class") ?? ""
      if bylineAuthors.isEmpty, node.tag != "meta", node.tag != "body", node.tag != "html",
        BoilerplateSignals.hasBylineToken(classes)
      {
        let text = tree.text(of: i).collapsed
        if text.count < 120 { bylineAuthors = Byline.authors(text) }
      }
      // A visible date line: `<span class="publish-date">March 14, 2026</span>`.
      if visibleDate == nil, node.tag != "meta", node.tag != "body", BoilerplateSignals.hasDateToken(classes) {
        let text = tree.text(of: i).collapsed
        if text.count <= 80 { visibleDate = Self.statedDate(text) }
      }
    }
    if bylineAuthors.isEmpty, let b = blocks.first(where: { $0.chars <= 100 && Byline.looksLikeByline($0.text) }) {
      bylineAuthors = Byline.authors(b.text)
    }
    if visibleDate == nil {
      // A byline or date line near the top: "By Mara Lind | March 14, 2026".
      for b in blocks.prefix(12) where b.chars <= 80 {
        if let date = Self.statedDate(b.text) {
          visibleDate = date
          break
        }
      }
    }
    let ld = JSONLD(scripts)

    var m = SourceInfo()
    m.url = url ?? meta.canonical ?? meta["og:url"] ?? ld.url
    m.siteName = meta["og:site_name", "application-name"] ?? ld.publisher
    let metaAuthor =
      meta["author", "article:author", "parsely-author", "dc.creator", "sailthru.author", "byl"]
      .map { Byline.authors($0.hasPrefix("http") ? "" : $0) } ?? []
    m.authors = [ld.authors, metaAuthor, microAuthor, bylineAuthors].first { !$0.isEmpty } ?? []
    m.authors = unique(m.authors)
    let dates = [
      meta[
        "article:published_time", "og:published_time", "datepublished", "publishdate", "publish-date", "pubdate",
        "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
        "article.published",
      ],
      ld.published, microDate, timeDate, visibleDate,
    ]
    m.published = dates.lazy.compactMap { $0.flatMap(DateNormalizer.iso8601) }.first
    let lang = meta.htmlLang ?? meta["content-language", "og:locale", "dc.language", "language"] ?? ld.language
    m.language = lang.flatMap(primaryLanguage)

    let declared = [meta["og:title"], meta["twitter:title"], ld.headline, documentTitle].compactMap { $0?.collapsed }
      .filter { !$0.isEmpty }
    return Result(metadata: m, declaredTitles: declared, documentTitle: documentTitle)
  }

  /// A date written in a short visible line, only when it names a month and a
  /// four-digit year (so that "Chapter 12" or "3 comments" never count).
  static func statedDate(_ text: String) -> String? {
    let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
    let hasMonth = words.contains { DateNormalizer.months[String($0)] != nil }
    let hasYear = words.contains { $0.count == 4 && Int($0).map { (1990...2100).contains($0) } == true }
    guard hasMonth || text.contains("-") || text.contains("/"), hasYear else { return nil }
    return DateNormalizer.iso8601(text)
  }

  /// `en-GB`, `en_US` → `en`.
  static func primaryLanguage(_ tag: String) -> String? {
    let primary = tag.trimmed.lowercased().split { $0 == "-" || $0 == "_" }.first.map(String.init) ?? ""
    guard primary.count >= 2, primary.count <= 3, primary.allSatisfy({ $0.isLetter }) else { return nil }
    return primary
  }

  private static func unique(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.filter { seen.insert($0.lowercased()).inserted }
  }
}

extension BoilerplateSignals {
  private static let bylineMatcher = WordMatcher(["byline", "author-name", "authorname"])
  private static let dateMatcher = WordMatcher(["date", "published", "pubdate", "timestamp", "dateline", "posted-on"])

  /// Whether a class attribute names a date line.
  static func hasDateToken(_ classes: String) -> Bool {
    !classes.isEmpty && dateMatcher.matches(classes)
  }

  /// Whether a class attribute names a byline or author line.
  static func hasBylineToken(_ classes: String) -> Bool {
    !classes.isEmpty && bylineMatcher.matches(classes)
  }
}
