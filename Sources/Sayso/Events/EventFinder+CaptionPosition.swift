extension EventFinder {
  /// Where a position note set off by commas starts, when one ends at `end`:
  /// photo captions place people with ", left," or ", second from right,"
  /// ("Ana Ruiz, left, and Tomas Adeyemi attend talks …"). Returns the
  /// index of the opening comma.
  func positionNoteStart(endingAt end: Int, floor: Int) -> Int? {
    var j = end
    guard j - 1 > floor, tokens[j].isPunct(",") else { return nil }
    j -= 1
    var words = 0
    while j > floor, tokens[j].kind == .word, Self.positionWords.contains(tokens[j].lower), words < 4 {
      words += 1
      j -= 1
    }
    guard words > 0, tokens[j].isPunct(","),
      (j + 1...end - 1).contains(where: { Self.sides.contains(tokens[$0].lower) })
    else { return nil }
    return j
  }

  /// A conjunct without a trailing position note: "Ana Ruiz, left" → "Ana Ruiz".
  func withoutPositionNote(_ part: Range<Int>) -> Range<Int> {
    var j = part.upperBound - 1
    while j > part.lowerBound, tokens[j].kind == .word, Self.positionWords.contains(tokens[j].lower) { j -= 1 }
    guard j > part.lowerBound, j < part.upperBound - 1, tokens[j].isPunct(","),
      (j + 1..<part.upperBound).contains(where: { Self.sides.contains(tokens[$0].lower) })
    else { return part }
    return part.lowerBound..<j
  }

  /// Words of a caption's position note.
  static let positionWords: WordSet = [
    "left", "right", "center", "centre", "second", "third", "fourth", "from", "far", "top", "bottom", "front",
    "back", "rear", "foreground", "background",
  ]

  /// The words that make a note a position: "second" alone is no place.
  static let sides: WordSet = [
    "left", "right", "center", "centre", "foreground", "background", "top", "bottom",
  ]
}
