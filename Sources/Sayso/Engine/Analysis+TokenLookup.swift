extension Analysis {
  /// The index of the token that ends at code point `offset`, or nil: the
  /// way back from a content span to the tokens it was built from.
  func tokenIndex(endingAt offset: Int) -> Int? {
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[mid].end < offset { low = mid + 1 } else { high = mid }
    }
    return low < tokens.count && tokens[low].end == offset ? low : nil
  }

  /// The index of the token that starts at code point `offset`, or nil.
  func tokenIndex(startingAt offset: Int) -> Int? {
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
    }
    return low < tokens.count && tokens[low].start == offset ? low : nil
  }

  /// The index of the first token that ends after code point `offset`
  /// (`tokens.count` when none does): where a walk over a span's tokens begins.
  func firstToken(endingAfter offset: Int) -> Int {
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[mid].end <= offset { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
