/// Byte-level helpers for attribute values: ASCII lower-casing and substring
/// search, without Foundation's locale-aware string machinery.
enum ASCIIWords {
  /// The UTF-8 bytes of `s` with A–Z lower-cased.
  static func lowercased(_ s: String) -> [UInt8] {
    s.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
  }

  /// Whether `needle` occurs in `haystack`.
  static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
    var i = haystack.startIndex
    let last = haystack.endIndex - needle.count
    while i <= last {
      if haystack[i] == first {
        var j = 1
        while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
        if j == needle.count { return true }
      }
      i += 1
    }
    return false
  }
}

/// Finds whether any of a fixed set of lower-case ASCII words occurs in a
/// text, ignoring ASCII case, with one pass over the text: each position's
/// two-byte pair indexes the words that start with it.
struct WordMatcher: Sendable {
  private var byPair: [UInt16: [[UInt8]]] = [:]
  private var pairs = [Bool](repeating: false, count: 1 << 16)
  /// When true, a word matches only as a whole part between separators
  /// (start, end, space, `-`, `_`, `:`), so `ad` finds `ad-slot` but not `header`.
  private let delimited: Bool

  init(_ words: [String], delimited: Bool = false) {
    self.delimited = delimited
    for w in words {
      let bytes = Array(w.utf8)
      guard bytes.count >= 2 else { continue }
      let key = UInt16(bytes[0]) << 8 | UInt16(bytes[1])
      byPair[key, default: []].append(bytes)
      pairs[Int(key)] = true
    }
  }

  /// Whether a word occurs in `text`.
  func matches(_ text: String) -> Bool {
    var found = false
    var text = text
    text.withUTF8 { s in
      let n = s.count
      guard n >= 2 else { return }
      @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
      @inline(__always) func separator(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x2D || b == 0x5F || b == 0x3A || b == 0x09 || b == 0x0A
      }
      var i = 0
      while i + 1 < n {
        if delimited && i > 0 && !separator(s[i - 1]) {
          i += 1
          continue
        }
        let key = UInt16(lower(s[i])) << 8 | UInt16(lower(s[i + 1]))
        if pairs[Int(key)], let words = byPair[key] {
          for w in words where i + w.count <= n {
            var j = 2
            while j < w.count && lower(s[i + j]) == w[j] { j += 1 }
            if j == w.count && (!delimited || i + j == n || separator(s[i + j])) {
              found = true
              return
            }
          }
        }
        i += 1
      }
    }
    return found
  }
}
