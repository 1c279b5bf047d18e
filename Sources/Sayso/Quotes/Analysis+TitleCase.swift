extension Analysis {
  /// Whether token `k` sits in a line written in title case, as headlines
  /// are ("Port Chief Says Strike Will End Soon"): there a capitalised verb
  /// of saying is still a verb.
  func isInTitleCase(_ k: Int) -> Bool {
    let s = sentences[sentenceOf[k]].tokens
    var long = 0
    var capitalized = 0
    for j in s where tokens[j].kind == .word && tokens[j].lower.utf8.count > 3 {
      long += 1
      if tokens[j].isCapitalized { capitalized += 1 }
    }
    return long >= 3 && capitalized * 10 >= long * 8
  }
}
