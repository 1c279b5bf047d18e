extension QuoteFinder {
  /// "Fees will not rise this year, Okafor said. “We promised the dockers.”":
  /// a quotation standing as its own sentence, with no cue, right after a
  /// sentence that reports someone continues that report. Reports are read
  /// after direct quotations, so this runs once they are all known; it
  /// replaces the weaker guess that the previous sentence's subject speaks.
  mutating func continueReports() {
    var reportInSentence: [Int: Int] = [:]
    for (i, att) in attributions.enumerated()
    where att.kind != .direct && att.parent == nil && att.speaker != nil && att.cue != nil {
      guard let cue = att.cue, cue.lowerBound < a.tokens.count else { continue }
      reportInSentence[a.sentenceOf[cue.lowerBound]] = i
    }
    guard !reportInSentence.isEmpty else { return }
    for (qi, q) in a.quotes.enumerated() where q.level == .double && q.parent == nil {
      let existing = byQuote[qi]
      guard existing == nil || attributions[existing!].evidence == "direct.lead-in-subject" else { continue }
      let sentence = a.sentenceOf[q.first]
      guard sentence > 0, a.sentences[sentence].tokens.lowerBound == q.first,
        // The report may close the paragraph before: a new paragraph that is
        // only a quotation goes on with it.
        a.sentences[sentence - 1].paragraph == a.sentences[sentence].paragraph
          || a.sentences[sentence - 1].paragraph == a.sentences[sentence].paragraph - 1,
        let report = reportInSentence[sentence - 1]
      else { continue }
      var att = attributions[report]
      att.kind = .direct
      att.content = q.pieces
      att.quote = qi
      att.evidence = "direct.continuation"
      att.inheritsFrom = report
      att.anchor = a.sentences[sentence].tokens.lowerBound
      if let existing {
        attributions[existing] = att
      } else {
        record(att)
      }
    }
  }
}
