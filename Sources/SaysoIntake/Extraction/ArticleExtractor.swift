import Sayso

/// Web page in, clean article out: parses the page with libxml2, sets page
/// furniture aside (navigation, share bars, related links, comments, cookie
/// notices, captions, bylines), finds the densest cluster of paragraph text,
/// and reads the headline and metadata. A pure function of its input.
///
/// ```swift
/// let page = try ArticleExtractor.extract(Array(html.utf8), path: "story.html")
/// print(page.title ?? "", page.metadata.published ?? "")
/// ```
public enum ArticleExtractor {
  /// Extracts the article from `bytes`; `url` is the page's address when
  /// known (from an archive), `charset` the transport's declared charset.
  public static func extract(
    _ bytes: [UInt8], path: String, url: String? = nil, charset: String? = nil
  ) throws(IntakeError) -> HTMLArticle {
    let parsed = try HTMLParser.parse(bytes, path: path, charset: charset)
    var article = extract(parsed.tree, url: url)
    article.warnings = parsed.warnings + article.warnings
    return article
  }

  /// Extracts the article from an already parsed page.
  public static func extract(_ tree: PageTree, url: String? = nil) -> HTMLArticle {
    guard !tree.nodes.isEmpty else { return HTMLArticle(title: nil, paragraphs: [], metadata: SourceInfo(url: url)) }
    let body = tree.first("body") ?? 0
    let blocks = BlockCollector.collect(tree, in: body..<Int(tree.nodes[body].end))
    let marked = Furniture.mark(tree, blocks: blocks, body: body)
    let sums = ContentRoot.sums(tree, blocks) { !marked[blocks[$0].owner] }
    let named = ContentRoot.namedStory(tree, sums: sums, body: body)
    // A story split into sibling containers of one kind (around an embed) is read from all of them.
    let parts = named.map { ContentRoot.namedSiblings(tree, sums: sums, of: $0) } ?? []
    let roots = parts.count > 1 ? parts : [ContentRoot.find(tree, sums: sums, from: named ?? body)]
    let root = roots[0]
    let meta = MetadataReader.read(tree, blocks: blocks, url: url)
    let title = TitleFinder.find(
      tree, declared: meta.declaredTitles, siteName: meta.metadata.siteName, root: root)
    let kept = blocks.filter { b in !marked[b.owner] && roots.contains { tree.contains($0, b.owner) } }
    let paragraphs = BodyFilter.paragraphs(kept, title: title)
    return HTMLArticle(title: title, paragraphs: paragraphs, metadata: meta.metadata)
  }
}
