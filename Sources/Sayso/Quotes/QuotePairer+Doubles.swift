extension QuotePairer {
  /// Pairs the primary marks (``mark(_:)``) across the text, handling multi-paragraph quotations.
  mutating func pairDoubles() {
    var open: Int?
    var pieces: [TextSpan] = []
    var pieceStart = 0
    var lastParagraph = 0
    var closedInParagraph = -1

    func paragraphEnd(_ p: Int) -> Int { tokens[paragraphLast[p]].end }

    for k in tokens.indices {
      guard let m = mark(k), m.level == .double else { continue }
      let t = tokens[k]
      if let o = open, t.paragraph != lastParagraph {
        if t.paragraph == lastParagraph + 1, isParagraphStart(k), canOpen(k) {
          pieces.append(TextSpan(pieceStart, paragraphEnd(lastParagraph)))
          pieceStart = t.start
          lastParagraph = t.paragraph
          continue
        }
        pieces.append(TextSpan(pieceStart, paragraphEnd(lastParagraph)))
        spans.append(
          QuoteSpan(
            level: .double, first: o, last: paragraphLast[lastParagraph], hasOpener: true,
            hasCloser: false, pieces: pieces))
        warnings.append("unclosed quotation mark at offset \(tokens[o].start); closed at the end of its paragraph")
        open = nil
      }
      if let o = open {
        if m.shape == .opening && !canClose(k) {
          // A new opener while one is open: the first lacked its closer.
          pieces.append(TextSpan(pieceStart, tokens[max(o, k - 1)].end))
          spans.append(
            QuoteSpan(level: .double, first: o, last: k - 1, hasOpener: true, hasCloser: false, pieces: pieces))
          warnings.append("unclosed quotation mark at offset \(tokens[o].start); closed before the next one")
          (open, pieces, pieceStart, lastParagraph) = (k, [], t.start, t.paragraph)
          continue
        }
        pieces.append(TextSpan(pieceStart, t.end))
        spans.append(QuoteSpan(level: .double, first: o, last: k, hasOpener: true, hasCloser: true, pieces: pieces))
        (open, pieces, closedInParagraph) = (nil, [], t.paragraph)
      } else if canOpen(k) || (m.shape == .either && !canClose(k)) {
        (open, pieces, pieceStart, lastParagraph) = (k, [], t.start, t.paragraph)
      } else if primary == .single {
        // A stray single closer is far more often an apostrophe ("the
        // Joneses’.") than the end of a quote whose opener was lost.
        continue
      } else if closedInParagraph != t.paragraph {
        // A closer with no opener: the quote most likely began the paragraph.
        var begin = k
        while begin > 0 && !isParagraphStart(begin) { begin -= 1 }
        if begin < k {
          spans.append(
            QuoteSpan(
              level: .double, first: begin, last: k, hasOpener: false, hasCloser: true,
              pieces: [TextSpan(tokens[begin].start, t.end)]))
          warnings.append(
            "closing quotation mark at offset \(t.start) has no opener; quote taken from the paragraph start")
        } else {
          warnings.append("closing quotation mark at offset \(t.start) has no opener; ignored")
        }
        closedInParagraph = t.paragraph
      }
    }
    if let o = open {
      pieces.append(TextSpan(pieceStart, paragraphEnd(lastParagraph)))
      spans.append(
        QuoteSpan(
          level: .double, first: o, last: paragraphLast[lastParagraph], hasOpener: true, hasCloser: false,
          pieces: pieces))
      warnings.append("unclosed quotation mark at offset \(tokens[o].start); closed at the end of its paragraph")
    }
  }
}
