/// A parsed page as a flat array of ``PageNode``s in document order: the
/// nodes inside node `i` are exactly `i+1 ..< nodes[i].end`, so subtrees are
/// ranges and every pass over the page is a loop, never recursion.
///
/// ```swift
/// let tree = try HTMLParser.parse(Array("<div><p>One</p><p>Two</p></div>".utf8), path: "x").tree
/// print(tree.text(of: 0))  // OneTwo
/// ```
public struct PageTree: Sendable, Equatable {
  /// All nodes, in document order.
  public var nodes: [PageNode] = []
  /// The deepest element nesting met while building the tree.
  public var maxDepth = 0

  /// Creates an empty tree.
  public init() {}

  /// The indices of the direct children of `index`.
  public func children(of index: Int) -> [Int] {
    var result: [Int] = []
    var i = index + 1
    let end = Int(nodes[index].end)
    while i < end {
      result.append(i)
      i = Int(nodes[i].end)
    }
    return result
  }

  /// All text inside `index`, concatenated as it appears.
  public func text(of index: Int) -> String {
    var out = ""
    for i in index..<Int(nodes[index].end) where nodes[i].isText { out += nodes[i].text }
    return out
  }

  /// The first element named `tag`, in document order.
  public func first(_ tag: String) -> Int? { nodes.firstIndex { $0.tag == tag } }

  /// Whether `ancestor` contains `index` (or is it).
  public func contains(_ ancestor: Int, _ index: Int) -> Bool {
    ancestor <= index && index < Int(nodes[ancestor].end)
  }
}
