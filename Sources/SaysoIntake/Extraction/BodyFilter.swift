/// Judges the blocks inside the content root one by one: drops the headline
/// and its repeats, bylines, link lists and short labels at the edges, and
/// keeps every paragraph whole.
enum BodyFilter {
  static func paragraphs(_ blocks: [Block], title: String?) -> [String] {
    let titleWords = title.map(TitleFinder.words) ?? []
    let titleLength = title?.unicodeScalars.count ?? 0
    var kept = blocks.filter { b in
      if b.tag == "h1" { return false }
      if b.linkDensity > 0.5 { return false }
      if !titleWords.isEmpty, abs(b.chars - titleLength) * 5 <= titleLength + 10,
        TitleFinder.words(b.text) == titleWords
      {
        return false
      }
      if b.chars <= 100, b.punctuation <= 2, Byline.looksLikeByline(b.text) { return false }
      return true
    }
    while let first = kept.first, isWeak(first) { kept.removeFirst() }
    while let last = kept.last, isWeak(last) { kept.removeLast() }
    return kept.map(\.text)
  }

  /// A short block without sentence punctuation: a label, date or button.
  static func isWeak(_ b: Block) -> Bool {
    b.chars < 60 && b.punctuation == 0 || b.linkDensity > 0.3 && b.chars < 120
  }
}
