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
}
