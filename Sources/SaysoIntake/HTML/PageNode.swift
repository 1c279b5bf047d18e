/// One node of a parsed page: an element or a run of text, stored in a
/// ``PageTree`` in document (pre-)order.
///
/// ```swift
/// let tree = try HTMLParser.parse(Array("<p>Hi</p>".utf8), path: "x.html").tree
/// let p = tree.nodes.firstIndex { $0.tag == "p" }!
/// print(tree.text(of: p))  // Hi
/// ```
public struct PageNode: Sendable, Equatable {
  /// The lower-cased element name; empty for a text node.
  public var tag: String
  /// The text of a text node (entities decoded, whitespace as in the page).
  public var text: String
  /// The parent's index, or -1 for the root.
  public var parent: Int32
  /// One past the index of the last node inside this one.
  public var end: Int32
  /// The attributes the extractor reads (class, id, content, …), lower-cased names.
  public var attributes: [(name: String, value: String)]

  /// Whether this is a text node.
  public var isText: Bool { tag.isEmpty }

  /// The value of attribute `name` (lower-case), if present.
  public func attribute(_ name: String) -> String? {
    for a in attributes where a.name == name { return a.value }
    return nil
  }

  public static func == (l: PageNode, r: PageNode) -> Bool {
    l.tag == r.tag && l.text == r.text && l.parent == r.parent && l.end == r.end
      && l.attributes.map(\.name) == r.attributes.map(\.name)
      && l.attributes.map(\.value) == r.attributes.map(\.value)
  }
}
