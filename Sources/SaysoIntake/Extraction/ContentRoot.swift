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
    var i = tree.nodes.count - 1
    while i > 0 {
      let p = Int(tree.nodes[i].parent)
      if p >= 0 { sums[p] += sums[i] }
      i -= 1
    }
    return sums
  }

  /// The content root below `start`.
  static func find(_ tree: PageTree, sums: [Int], from start: Int, share: Double = 0.8) -> Int {
    var current = start
    while true {
      var best = -1
      var bestSum = 0
      for c in tree.children(of: current) where !tree.nodes[c].isText && sums[c] > bestSum {
        best = c
        bestSum = sums[c]
      }
      guard best >= 0, Double(bestSum) >= share * Double(sums[current]) else { return current }
      current = best
    }
  }
}
