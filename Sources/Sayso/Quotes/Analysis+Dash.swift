extension Analysis {
  /// An em or en dash, or a hyphen or double hyphen standing between spaces.
  func isDash(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .punct else { return false }
    if t.first == "—" || t.first == "–" { return true }
    guard t.first == "-", t.spaceBefore, k + 1 < tokens.count else { return false }
    // "--" may be read as two hyphens; the first stands for both.
    return tokens[k + 1].spaceBefore || tokens[k + 1].isPunct("-")
  }

  /// "A former candidate — Ana Ruiz, who lost in 2008 — said": the speaker
  /// set off by a pair of dashes before the verb. A name right after the
  /// opening dash is the speaker; otherwise the phrase before it is, with the
  /// words between the dashes as its appositive.
  func dashedSpeaker(closingDash k: Int, floor: Int, sentenceStart: Int) -> SpeakerMention? {
    var close = k
    // "--" read as two hyphens: the first one is the dash.
    if close - 1 > floor, tokens[close - 1].isPunct("-"), !tokens[close].spaceBefore { close -= 1 }
    var j = close - 1
    while j > floor, close - j < 30, !isDash(j) {
      if isTerminal(j) { return nil }
      j -= 1
    }
    guard j > floor, isDash(j), j + 1 < close else { return nil }
    var innerStart = j + 1
    if tokens[innerStart].isPunct("-") { innerStart += 1 }
    if let name = reader.mention(startingAt: innerStart, ceiling: close), name.kind == .name,
      name.tokens.upperBound == close || tokens[name.tokens.upperBound].isPunct(",")
    {
      return name
    }
    guard var m = reader.mention(endingAt: j - 1, floor: floor, sentenceStart: sentenceStart) else { return nil }
    m.appositive = innerStart..<close
    return m
  }
}
