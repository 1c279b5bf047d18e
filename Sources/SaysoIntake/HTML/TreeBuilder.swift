import CLibXML2

/// Copies a libxml2 document into a ``PageTree`` with one iterative walk.
enum TreeBuilder {
  /// Elements whose content is never article text.
  static let dropped: Set<String> = [
    "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "select", "textarea", "button", "input", "option", "video", "audio", "map",
  ]
  /// Attributes copied into the tree.
  static let kept: Set<String> = [
    "class", "id", "role", "itemprop", "itemtype", "property", "name", "content", "href", "rel",
    "datetime", "lang", "type", "hidden", "aria-hidden", "style",
  ]

  static func build(_ doc: htmlDocPtr) -> PageTree {
    var tree = PageTree()
    guard let root = xmlDocGetRootElement(doc) else { return tree }
    tree.nodes.reserveCapacity(4096)
    var open: [Int] = []  // indices of elements whose children are being copied
    var node: xmlNodePtr? = root
    while let current = node {
      var descend = false
      switch current.pointee.type {
      case XML_ELEMENT_NODE:
        let tag = lowerName(current.pointee.name)
        if dropped.contains(tag) || (tag == "script" && !isJSONLD(current)) { break }
        let index = tree.nodes.count
        tree.nodes.append(
          PageNode(
            tag: tag, text: "", parent: Int32(open.last ?? -1), end: Int32(index + 1),
            attributes: attributes(of: current)))
        if tag == "script" {
          tree.nodes.append(
            PageNode(tag: "", text: content(of: current), parent: Int32(index), end: Int32(index + 2), attributes: []))
          tree.nodes[index].end = Int32(index + 2)
        } else if current.pointee.children != nil {
          open.append(index)
          tree.maxDepth = max(tree.maxDepth, open.count)
          descend = true
        }
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let c = current.pointee.content {
          let index = tree.nodes.count
          tree.nodes.append(
            PageNode(tag: "", text: string(c), parent: Int32(open.last ?? -1), end: Int32(index + 1), attributes: []))
        }
      default: break
      }
      if descend {
        node = current.pointee.children
        continue
      }
      // Next sibling, or climb (closing each element left) until an ancestor has one.
      var c = current
      node = nil
      while c != root {
        if let next = c.pointee.next {
          node = next
          break
        }
        guard let parent = c.pointee.parent else { break }
        if let i = open.popLast() { tree.nodes[i].end = Int32(tree.nodes.count) }
        c = parent
      }
    }
    while let i = open.popLast() { tree.nodes[i].end = Int32(tree.nodes.count) }
    return tree
  }

  private static func isJSONLD(_ node: xmlNodePtr) -> Bool {
    guard let type = xmlGetProp(node, "type") else { return false }
    defer { sayso_xml_free(type) }
    return string(type).lowercased().contains("ld+json")
  }

  private static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
    var result: [(name: String, value: String)] = []
    var attr = node.pointee.properties
    while let a = attr {
      let name = lowerName(a.pointee.name)
      if kept.contains(name) {
        var value = ""
        var child = a.pointee.children
        while let c = child {
          if let text = c.pointee.content { value += string(text) }
          child = c.pointee.next
        }
        result.append((name, value))
      }
      attr = a.pointee.next
    }
    return result
  }

  private static func content(of node: xmlNodePtr) -> String {
    guard let c = xmlNodeGetContent(node) else { return "" }
    defer { sayso_xml_free(c) }
    return string(c)
  }

  /// The text of a libxml2 string; runs of white space alone (indentation
  /// between tags, the most common text node) become one shared space.
  @inline(__always)
  static func string(_ p: UnsafePointer<xmlChar>) -> String {
    var i = 0
    while true {
      let b = p[i]
      if b == 0 { return i == 0 ? "" : " " }
      if b != 0x20 && b != 0x0A && b != 0x09 && b != 0x0D { break }
      i += 1
    }
    return String(cString: p)
  }

  private static func lowerName(_ p: UnsafePointer<xmlChar>?) -> String {
    guard let p else { return "" }
    // libxml2's HTML parser already lower-cases element and attribute names.
    return String(cString: p)
  }
}
