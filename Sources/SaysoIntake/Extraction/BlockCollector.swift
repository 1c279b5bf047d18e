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

/// Collects text with runs of white space collapsed to one space, working on
/// UTF-8 bytes: ASCII white space, no-break space (C2 A0) and zero-width
/// space (E2 80 8B) separate words.
struct TextBuffer {
  private var bytes: [UInt8] = []
  private var chars = 0
  private var linkChars = 0
  private var punctuation = 0
  private var pendingSpace = false

  mutating func append(_ text: String, inLink: Bool) {
    var text = text
    text.withUTF8 { utf8 in
      var i = 0
      let n = utf8.count
      while i < n {
        let b = utf8[i]
        var skip = 0
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
          skip = 1
        } else if b == 0xC2, i + 1 < n, utf8[i + 1] == 0xA0 {
          skip = 2
        } else if b == 0xE2, i + 2 < n, utf8[i + 1] == 0x80, utf8[i + 2] == 0x8B || utf8[i + 2] == 0xAF {
          skip = 3
        }
        if skip > 0 {
          if chars > 0 { pendingSpace = true }
          i += skip
          continue
        }
        if pendingSpace {
          bytes.append(0x20)
          pendingSpace = false
        }
        bytes.append(b)
        if b & 0xC0 != 0x80 {
          chars += 1
          if inLink { linkChars += 1 }
          switch b {
          case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F: punctuation += 1
          case 0xE3 where i + 2 < n && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0x82 || utf8[i + 2] == 0x81):
            punctuation += 1  // 。、
          case 0xD8 where i + 1 < n && (utf8[i + 1] == 0x9F || utf8[i + 1] == 0x8C):
            punctuation += 1  // ؟ ،
          default: break
          }
        }
        i += 1
      }
    }
  }

  mutating func take(owner: Int, tag: String) -> Block? {
    defer { self = TextBuffer() }
    guard chars > 0 else { return nil }
    return Block(
      text: String(decoding: bytes, as: UTF8.self), owner: owner, tag: tag, chars: chars, linkChars: linkChars,
      punctuation: punctuation)
  }
}
