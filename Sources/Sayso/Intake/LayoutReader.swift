/// Finds the layout of plain-text news as scrapers leave it: a headline on the
/// first line (sometimes repeated), a wire dateline, the body, and navigation
/// or share lines trailing it.
enum LayoutReader {
  static func read(_ text: ScalarText) -> Layout {
    let lines = Line.lines(text).filter { !$0.isBlank }
    guard let firstLine = lines.first, let lastLine = lines.last else {
      return Layout(body: TextSpan(0, text.count))
    }
    var layout = Layout(body: TextSpan(firstLine.start, lastLine.end))
    var bodyLine = 0
    if lines.count >= 2, isHeadline(lines[0], text) {
      layout.titleSpan = TextSpan(lines[0].start, lines[0].end)
      bodyLine = 1
      let title = normalized(text, lines[0])
      while bodyLine < lines.count - 1, normalized(text, lines[bodyLine]) == title {
        let l = lines[bodyLine]
        layout.boilerplate.append(
          Boilerplate(kind: .repeatedTitle, start: l.start, end: l.end, text: text.string(l.start, l.end)))
        bodyLine += 1
      }
    }
    var lastBody = lines.count - 1
    while lastBody > bodyLine {
      if let kind = trailingKind(lines[lastBody], text) {
        let l = lines[lastBody]
        layout.boilerplate.append(
          Boilerplate(kind: kind, start: l.start, end: l.end, text: text.string(l.start, l.end)))
        lastBody -= 1
      } else if let header = navigationBlockStart(lines, from: bodyLine + 1, through: lastBody, text) {
        // "Most Read" and the headlines under it, in whatever case they are set.
        for l in lines[header...lastBody] {
          layout.boilerplate.append(
            Boilerplate(kind: .navigation, start: l.start, end: l.end, text: text.string(l.start, l.end)))
        }
        lastBody = header - 1
      } else {
        break
      }
    }
    layout.boilerplate.append(contentsOf: MarkupFinder.tags(in: text, from: layout.body.start, to: layout.body.end))
    layout.boilerplate.sort { $0.start < $1.start }
    layout.body = TextSpan(lines[bodyLine].start, lines[lastBody].end)
    layout.dateline = DatelineReader.read(text, at: lines[bodyLine].start, end: lines[bodyLine].end)
    return layout
  }

  /// A first line short enough to be a headline and not a sentence of a
  /// paragraph running on.
  static func isHeadline(_ line: Line, _ text: ScalarText) -> Bool {
    let length = line.end - line.start
    guard length > 0, length <= 250 else { return false }
    var words = 1
    for i in line.start..<line.end where text[i] == " " { words += 1 }
    return words <= 40
  }

  /// Whether most words of a span start with a capital, as headlines do.
  static func isTitleCase(_ span: TextSpan, _ text: ScalarText) -> Bool {
    var words = 0
    var capitalised = 0
    var atWordStart = true
    for i in span.start..<min(span.end, text.count) {
      let c = text[i]
      if c.isSpaceLike {
        atWordStart = true
      } else if atWordStart {
        atWordStart = false
        if c.isLetterLike {
          words += 1
          if c.isUpperLike { capitalised += 1 }
        }
      }
    }
    return words > 0 && capitalised * 10 >= words * 7
  }

  static func normalized(_ text: ScalarText, _ line: Line) -> String {
    text.string(line.start, line.end).lowercased()
  }
}
