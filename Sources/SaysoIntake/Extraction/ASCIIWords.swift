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
