extension LayoutReader {
  /// Phrases that open share and promotion residue lines.
  static let sharePrefixes = [
    "read more", "share this", "share on", "click here", "advertisement", "related:", "follow us",
    "sign up", "subscribe", "continue reading", "recommended", "more from", "tags:", "comments",
    "print this", "email this",
  ]

  /// Whether a line after the body is navigation or share residue: short, with
  /// no closing punctuation, in headline case.
  static func trailingKind(_ line: Line, _ text: ScalarText) -> Boilerplate.Kind? {
    // Body paragraphs are long: decide on length before building any string.
    let length = line.end - line.start
    guard length < 120 else { return nil }
    let content = text.string(line.start, line.end)
    let lower = content.lowercased()
    if sharePrefixes.contains(where: { lower.hasPrefix($0) }) { return .share }
    guard length <= 80, let last = content.unicodeScalars.last else { return nil }
    if ".!?:;,”\"’')".unicodeScalars.contains(last) { return nil }
    let words = content.split(separator: " ")
    guard words.count <= 8 else { return nil }
    let capitalised = words.filter { $0.first?.isUppercase == true }.count
    return capitalised * 2 >= words.count ? .navigation : nil
  }

  /// Headers of the link lists sites put after an article.
  static let navigationHeaders = [
    "most read", "most popular", "most viewed", "most visited", "most shared", "related articles",
    "related stories", "related news", "related coverage", "trending", "more stories", "more news",
    "latest news", "top stories", "you may also like", "you might also like", "editor's picks",
    "editor’s picks", "popular now", "also read", "see also", "more on this story",
  ]

  /// The first of the last lines of the text that form a link list: a
  /// navigation header line, then only short lines that end without a
  /// sentence's punctuation. `nil` when the lines there are otherwise.
  static func navigationBlockStart(_ lines: [Line], from first: Int, through last: Int, _ text: ScalarText) -> Int? {
    var k = last
    while k >= first, last - k < 20 {
      let l = lines[k]
      guard l.end - l.start <= 100 else { return nil }
      let content = text.string(l.start, l.end)
      let lower = content.lowercased()
      if navigationHeaders.contains(where: { lower.hasPrefix($0) }), content.split(separator: " ").count <= 6 {
        return k < last ? k : nil
      }
      guard let end = content.unicodeScalars.last, !".!?:;,”\"’')".unicodeScalars.contains(end) else { return nil }
      k -= 1
    }
    return nil
  }
}
