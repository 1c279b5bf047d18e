import Sayso

/// Marks every quotation in an article's text, in its speaker's colour.
///
/// Offsets are code points, so the text is walked scalar by scalar. Marks
/// nest: a quote inside another quote is a `mark` inside its parent's. A span
/// that starts inside another but runs past its end is cut at that end, which
/// keeps the HTML well-formed.
struct ArticleHighlighter {
  struct Piece {
    var start: Int
    var end: Int
    var quote: Quote
    var first: Bool
  }

  let document: Document
  let entityIDs: [String: Int64]
  let quoteIDs: [String: Int64]

  func render() -> String {
    var pieces: [Piece] = []
    for quote in document.quotes {
      for (i, span) in quote.spans.enumerated() where span.end > span.start {
        pieces.append(Piece(start: span.start, end: span.end, quote: quote, first: i == 0))
      }
    }
    pieces.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
    var out = ""
    var open: [Int] = []  // end offsets of open marks
    var next = 0
    var offset = 0
    for scalar in document.text.unicodeScalars {
      while let end = open.last, end <= offset {
        out += "</mark>"
        open.removeLast()
      }
      while next < pieces.count, pieces[next].start <= offset {
        var piece = pieces[next]
        next += 1
        if let end = open.last { piece.end = min(piece.end, end) }
        guard piece.end > offset else { continue }
        out += openTag(piece)
        open.append(piece.end)
      }
      out += HTML.escape(String(scalar))
      offset += 1
    }
    out += String(repeating: "</mark>", count: open.count)
    return out
  }

  private func openTag(_ piece: Piece) -> String {
    let q = piece.quote
    let id = q.speakerEntity.flatMap { entityIDs[$0] }
    let speaker = q.speaker ?? "unknown speaker"
    var hover = "\(speaker) · \(q.kind.rawValue)"
    if let cue = q.cue { hover += " · cue “\(cue)”" }
    hover += " · evidence: \(q.evidence)"
    if let parent = q.parent { hover += " · inside \(parent)" }
    let anchor = piece.first ? " id=\"q\(quoteIDs[q.id].map(String.init) ?? q.id)\"" : ""
    return """
      <mark class="quote"\(anchor) data-quote="\(HTML.escape(q.id))" data-speaker="\(HTML.escape(speaker))" \
      style="\(SpeakerColor(id: id).style)" title="\(HTML.escape(hover))">
      """
  }
}
