extension QuoteFinder {
  /// Interview transcripts and Q&A: "Solberg: No. We have had offers …",
  /// "Q: Will you sell?", "TAPPER: Take a listen." A paragraph that opens
  /// with a short label and a colon holds the labelled speaker's own words
  /// (evidence `direct.transcript`), once the article has at least two such
  /// paragraphs; one alone is more often a note ("Update: …"). "Q" and "A"
  /// name no one, so their turns keep no speaker.
  mutating func findTranscriptTurns() {
    var turns: [Turn] = []
    var k = a.headline?.upperBound ?? 0
    while k < a.tokens.count {
      let paragraph = a.tokens[k].paragraph
      var end = k + 1
      while end < a.tokens.count, a.tokens[end].paragraph == paragraph { end += 1 }
      if let turn = transcriptTurn(k..<end) { turns.append(turn) }
      k = end
    }
    // Speakers take turns: a label used once ("Nevada: …", "Sanders: Win
    // in a walk.") heads a list or a section, not a transcript.
    var uses: [String: Int] = [:]
    for turn in turns { uses[turn.label, default: 0] += 1 }
    // Turns come in text order: one sweep over the attributions by start
    // finds those inside each turn, however long the transcript.
    let byStart = attributions.indices.sorted {
      (attributions[$0].content.first?.start ?? 0, $0) < (attributions[$1].content.first?.start ?? 0, $1)
    }
    var next = 0
    for turn in turns where uses[turn.label, default: 0] >= 2 {
      let span = a.span(turn.body)
      while next < byStart.count, (attributions[byStart[next]].content.first?.start ?? 0) < span.start { next += 1 }
      var inside: [Int] = []
      var j = next
      while j < byStart.count, let first = attributions[byStart[j]].content.first, first.start < span.end {
        if attributions[byStart[j]].content.allSatisfy({ $0.end <= span.end }) { inside.append(byStart[j]) }
        j += 1
      }
      // A turn that one quotation already covers is that quotation.
      if inside.contains(where: { attributions[$0].content.first?.start == span.start }) { continue }
      let index = attributions.count
      record(
        Attribution(
          kind: .direct, content: [span], speaker: turn.speaker, cue: turn.colon..<(turn.colon + 1),
          cueEntry: CueEntry(lemma: ":", particle: nil, frame: .speech), evidence: "direct.transcript",
          anchor: turn.body.lowerBound))
      for i in inside where attributions[i].parent == nil { attributions[i].parent = index }
    }
  }

  /// One paragraph of a transcript: who speaks (by the label's last word),
  /// the colon and the words.
  private typealias Turn = (label: String, speaker: SpeakerMention?, colon: Int, body: Range<Int>)

  /// The turn of a paragraph that opens with a speaker's label and holds a
  /// sentence: three words or more, not a list of names or figures.
  private func transcriptTurn(_ paragraph: Range<Int>) -> Turn? {
    let start = paragraph.lowerBound
    guard !a.isQuoted(start),
      let colon = paragraph.prefix(6).first(where: { a.tokens[$0].isPunct(":") }), colon > start,
      colon + 2 < paragraph.upperBound
    else { return nil }
    let label = start..<colon
    guard
      label.allSatisfy({ a.tokens[$0].kind == .word && a.tokens[$0].isCapitalized || a.tokens[$0].isPunct(".") }),
      !label.contains(where: { Self.notSpeakerLabels.contains(a.tokens[$0].lower) })
    else { return nil }
    let body = (colon + 1)..<paragraph.upperBound
    let words = body.filter { a.tokens[$0].kind == .word }
    let lowercase = words.filter { !a.tokens[$0].isCapitalized }
    guard words.count >= 3, lowercase.count * 2 >= words.count else { return nil }
    let key = a.tokens[colon - 1].lower
    if label.count == 1, Self.questionLabels.contains(key) { return (key, nil, colon, body) }
    guard let m = a.reader.mention(startingAt: start, ceiling: colon), m.tokens == label,
      m.kind == .name || m.kind == .organisation || m.kind == .description
    else { return nil }
    return (key, m, colon, body)
  }

  static let questionLabels: WordSet = ["q", "a", "question", "answer"]

  /// Labels of notes and page furniture, not of speakers.
  static let notSpeakerLabels: WordSet = [
    "note", "update", "updated", "editor", "editor’s", "editor's", "photo", "photos", "picture", "related",
    "source", "sources", "read", "watch", "see", "also", "warning", "correction", "clarification", "disclaimer",
    "credit", "credits", "video", "contact", "email", "tags", "topics", "published", "posted", "share", "follow",
    "subscribe", "advertisement", "listen", "more", "previously", "background", "caption", "file", "image",
  ]
}
