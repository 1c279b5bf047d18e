/// Finds the element around the article: the densest cluster of paragraph
/// text once furniture is set aside.
///
/// Each "good" block (long enough, few links, with sentence punctuation)
/// counts its length towards every element around it. Starting at `<body>`,
/// the search steps into the child holding most of that text while the child
/// keeps at least `share` of it, so the result is the smallest element that
/// still holds nearly all of the article.
enum ContentRoot {
  /// Whether a block looks like article prose rather than a label or a link list.
  static func isProse(_ b: Block) -> Bool {
    b.chars >= 40 && b.linkDensity < 0.35 && b.punctuation > 0
  }

  /// Prose characters inside each element, counting only blocks where `counts` holds.
  static func sums(_ tree: PageTree, _ blocks: [Block], counts: (Int) -> Bool) -> [Int] {
    var sums = Array(repeating: 0, count: tree.nodes.count)
    for (k, b) in blocks.enumerated() where counts(k) && isProse(b) { sums[b.owner] += b.chars }
    accumulate(tree, &sums)
    return sums
  }

  /// Adds every element's value to its ancestors'.
  static func accumulate(_ tree: PageTree, _ values: inout [Int]) {
    var i = tree.nodes.count - 1
    while i > 0 {
      let p = Int(tree.nodes[i].parent)
      if p >= 0 { values[p] += values[i] }
      i -= 1
    }
  }

  /// The content root below `start`: the child holding at least `share` of
  /// the prose, else a `<main>` child holding at least `semanticShare` of it.
  static func find(
    _ tree: PageTree, sums: [Int], from start: Int, share: Double = 0.8, semanticShare: Double = 0.4
  ) -> Int {
    var current = start
    while true {
      var best = -1
      var bestSum = 0
      var story = -1
      var storySum = 0
      for c in tree.children(of: current) where !tree.nodes[c].isText {
        if sums[c] > bestSum {
          best = c
          bestSum = sums[c]
        }
        if sums[c] > storySum && tree.nodes[c].tag == "main" {
          story = c
          storySum = sums[c]
        }
      }
      let total = Double(sums[current])
      if best >= 0, Double(bestSum) >= share * total {
        current = best
      } else if story >= 0, Double(storySum) >= semanticShare * total {
        current = story
      } else {
        return current
      }
    }
  }

  /// The element whose class, id or itemprop names it the story and that
  /// holds the most prose (at least a fifth of the page's and 200 characters).
  static func namedStory(_ tree: PageTree, sums: [Int], body: Int) -> Int? {
    let floor = max(200, sums[body] / 5)
    var best: Int?
    for i in body..<Int(tree.nodes[body].end) where sums[i] >= floor && sums[i] > (best.map { sums[$0] } ?? 0) {
      let node = tree.nodes[i]
      if !node.isText && namesTheStory(node) { best = i }
    }
    return best
  }

  /// `story` and its siblings of the same tag and class that hold prose, in document order.
  static func namedSiblings(_ tree: PageTree, sums: [Int], of story: Int) -> [Int] {
    let parent = Int(tree.nodes[story].parent)
    guard parent >= 0 else { return [story] }
    let node = tree.nodes[story]
    func firstClass(_ n: PageNode) -> Substring? { n.attribute("class")?.split(separator: " ").first }
    guard let first = firstClass(node) else { return [story] }
    return tree.children(of: parent).filter { c in
      c == story || (sums[c] > 0 && tree.nodes[c].tag == node.tag && firstClass(tree.nodes[c]) == first)
    }
  }

  /// Class or id words that name a story's container, by common convention.
  static let storyWords: [[UInt8]] = [
    "articlebody", "article-body", "article__body", "article_body", "story-body", "storybody", "post-content",
    "postcontent", "entry-content", "post-body", "article-content", "articlecontent", "content-body", "story-content",
    "article-text", "articletext", "body-text", "post-entry",
  ].map { Array($0.utf8) }

  /// Whether an element's itemprop, class or id names it as the story's container.
  static func namesTheStory(_ node: PageNode) -> Bool {
    if node.attribute("itemprop")?.lowercased() == "articlebody" { return true }
    let words = ASCIIWords.lowercased((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? ""))[...]
    return storyWords.contains { ASCIIWords.contains(words, $0) }
  }
}
