/// Reads the speaker a headline names: "Talks Must Resume: Okafor" or
/// "Okafor: Talks Must Resume".
enum HeadlineReader {
  static func speaker(in layout: Layout, analysis: Analysis, entities: [Entity]) -> HeadlineSpeaker? {
    guard let title = layout.titleSpan else { return nil }
    let tokens = analysis.tokens.indices.filter {
      analysis.tokens[$0].start >= title.start && analysis.tokens[$0].end <= title.end
    }
    guard let first = tokens.first, let last = tokens.last else { return nil }
    guard let colon = tokens.last(where: { analysis.tokens[$0].first == ":" && analysis.tokens[$0].kind == .punct })
    else { return nil }
    let candidates: [Range<Int>] = [(colon + 1)..<(last + 1), first..<colon]
    for range in candidates where !range.isEmpty && range.count <= 5 {
      guard range.allSatisfy({ analysis.reader.isNameToken($0) || analysis.tokens[$0].kind == .punct }) else {
        continue
      }
      let words = range.filter { analysis.tokens[$0].kind == .word }
      guard let lastWord = words.last else { continue }
      let surname = analysis.tokens[lastWord].lower
      let span = analysis.span(range.lowerBound..<(lastWord + 1))
      let match = entities.first { e in
        e.type == .person && e.name.lowercased().split(separator: " ").last.map(String.init) == surname
      }
      return HeadlineSpeaker(
        name: match?.name ?? analysis.text.string(span), start: span.start, end: span.end, entity: match?.id)
    }
    return nil
  }
}
