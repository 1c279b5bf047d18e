/// Runs the quotation rules over an ``Analysis`` and collects ``Attribution``s.
///
/// Direct quotations are attributed first, from the cue and speaker next to
/// their marks; reported speech is then read from the cues left over in the
/// narrative; quotes nested inside quotes come last. Each rule names itself in
/// the attribution's `evidence`.
struct QuoteFinder {
  let a: Analysis
  var attributions: [Attribution] = []
  /// Token indices of cues already used by an attribution.
  var usedCues = Set<Int>()
  /// Attribution index for each attributed quotation index.
  var byQuote: [Int: Int] = [:]

  init(_ analysis: Analysis) { a = analysis }

  static func find(_ analysis: Analysis) -> [Attribution] {
    var finder = QuoteFinder(analysis)
    finder.attributeDirectQuotes()
    finder.splitLeadingParagraphs()
    finder.findReportedSpeech()
    finder.nestUnderTrailingAccordingTo()
    finder.findAgentlessQuestions()
    finder.findRecordPhrases()
    finder.findQuotedObjects()
    finder.continueWithQuotedWords()
    finder.continueReports()
    finder.findNestedQuotes()
    finder.findTranscriptTurns()
    finder.findHeadlineClaim()
    // Sort into text order and renumber the links between attributions.
    // At the same start the longer one goes first: it is the one that may
    // hold the other, and a parent must come before its nested quotations.
    let order = finder.attributions.indices.sorted {
      let (x, y) = (finder.attributions[$0].content, finder.attributions[$1].content)
      let (xs, ys) = (x.first?.start ?? 0, y.first?.start ?? 0)
      return xs != ys ? xs < ys : (x.last?.end ?? 0) > (y.last?.end ?? 0)
    }
    var newIndex = [Int](repeating: 0, count: order.count)
    for (position, old) in order.enumerated() { newIndex[old] = position }
    return order.map { old in
      var att = finder.attributions[old]
      att.parent = att.parent.map { newIndex[$0] }
      att.inheritsFrom = att.inheritsFrom.map { newIndex[$0] }
      return att
    }
  }

  mutating func record(_ attribution: Attribution) {
    if let cue = attribution.cue { usedCues.formUnion(cue) }
    if let q = attribution.quote { byQuote[q] = attributions.count }
    attributions.append(attribution)
  }
}
