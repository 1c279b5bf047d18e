/// Finds HTML-like tags left in plain text (`<tweet author="@x">`, `</p>`), so
/// that the quotation marks of their attributes are not read as quotations.
enum MarkupFinder {
  static func tags(in text: ScalarText, from start: Int, to end: Int) -> [Boilerplate] {
    var found: [Boilerplate] = []
    var i = start
    while i < end - 2 {
      guard text[i] == "<", text[i + 1].isLetterLike || text[i + 1] == "/" else {
        i += 1
        continue
      }
      // A tag closes on the same line, within a few hundred characters.
      var j = i + 1
      while j < end, j - i < 400, text[j] != ">", text[j] != "<", !text[j].isNewline { j += 1 }
      if j < end, text[j] == ">" {
        found.append(Boilerplate(kind: .markup, start: i, end: j + 1, text: text.string(i, j + 1)))
        i = j + 1
      } else {
        i += 1
      }
    }
    return found
  }
}
