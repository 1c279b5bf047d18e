/// Splits the text of a page into ``Block``s in one pass: every block-level
/// element (and `<br>`) starts a new block; inline elements join their text.
enum BlockCollector {
  static func collect(_ tree: PageTree, in range: Range<Int>) -> [Block] {
    var blocks: [Block] = []
    var open: [Int] = []  // block-level elements containing the current position
    var linkUntil = -1
    var buffer = TextBuffer()
    func flush() {
      guard let owner = open.last, let block = buffer.take(owner: owner, tag: tree.nodes[owner].tag) else {
        buffer = TextBuffer()
        return
      }
      blocks.append(block)
    }
    var i = range.lowerBound
    let nodes = tree.nodes
    while i < range.upperBound {
      while let last = open.last, Int(nodes[last].end) <= i {
        flush()
        open.removeLast()
      }
      let node = nodes[i]
      if node.isText {
        buffer.append(node.text, inLink: i < linkUntil)
      } else if node.tag == "script" || node.tag == "head" || node.tag == "title" {
        i = Int(node.end)
        continue
      } else if TagKinds.block.contains(node.tag) {
        flush()
        open.append(i)
      } else if node.tag == "a" {
        linkUntil = max(linkUntil, Int(node.end))
      } else if node.tag == "img" {
        // Images give no text; alt text is not article prose.
      }
      i += 1
    }
    while !open.isEmpty {
      flush()
      open.removeLast()
    }
    return blocks
  }
}

/// Collects text with runs of white space collapsed to one space.
struct TextBuffer {
  private var scalars = String.UnicodeScalarView()
  private var chars = 0
  private var linkChars = 0
  private var punctuation = 0
  private var pendingSpace = false

  mutating func append(_ text: String, inLink: Bool) {
    for s in text.unicodeScalars {
      let v = s.value
      let space =
        v < 0x80 ? (v == 0x20 || (v >= 0x09 && v <= 0x0D)) : (v == 0xA0 || v == 0x200B || s.properties.isWhitespace)
      if space {
        if chars > 0 { pendingSpace = true }
        continue
      }
      if pendingSpace {
        scalars.append(" ")
        pendingSpace = false
      }
      scalars.append(s)
      chars += 1
      if inLink { linkChars += 1 }
      switch s.value {
      case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x3002, 0x3001, 0xFF0C, 0xFF0E, 0x061F, 0x060C: punctuation += 1
      default: break
      }
    }
  }

  mutating func take(owner: Int, tag: String) -> Block? {
    defer { self = TextBuffer() }
    guard chars > 0 else { return nil }
    return Block(
      text: String(scalars), owner: owner, tag: tag, chars: chars, linkChars: linkChars, punctuation: punctuation)
  }
}
