extension EventAssembler {
  /// An actor from its tokens: the entity it names, and a code from its
  /// words and the entity's roles. A pronoun must resolve — to an entity, or
  /// inside a quotation "I" and "we" to the speaker — or there is no actor.
  func argument(_ range: Range<Int>, quote: Quote?, roles: inout RoleWordCache) -> EventArgument? {
    guard !range.isEmpty else { return nil }
    let tokens = analysis.tokens
    let span = analysis.span(range)
    var entity = range.lazy.compactMap { entityAt[tokens[$0].start] }.last
    let first = tokens[range.lowerBound]
    // "blurring realities", "help": a verb opens no actor.
    if !first.isCapitalized, first.lower.hasSuffix("ing"), first.lower.utf8.count > 5 {
      let next = range.count > 1 ? tokens[range.lowerBound + 1] : nil
      guard let next, next.isCapitalized || next.classes.contains(.eventSector) else { return nil }
    }
    let single = range.count == 1 ? first : nil
    if let single, single.classes.contains(.pronouns) || Self.pronouns.contains(single.lower) {
      let firstPerson = ["i", "we", "me", "us", "my", "our"].contains(single.lower)
      if entity == nil, firstPerson, let quote, let id = quote.speakerEntity {
        entity = document.entities.firstIndex { $0.id == id }
      }
      if entity == nil, ["he", "him", "his", "she", "her"].contains(single.lower) {
        entity = latestPerson(before: single.start)
      }
      guard entity != nil else { return nil }
    }
    var words = range.map { k -> (word: String, capitalized: Bool) in
      let t = tokens[k]
      return (t.classes.contains(.possessive) ? Self.stripPossessive(t.lower) : t.lower, t.isCapitalized)
    }
    if let entity, !document.entities[entity].roles.isEmpty { words += roles.words(of: entity, in: document) }
    words += appositiveWords(after: range) + sharedHeadWords(after: range)
    return EventArgument(
      text: analysis.text.string(span.start, span.end), start: span.start, end: span.end,
      entity: entity.map { document.entities[$0].id }, actorCode: coder.code(words: words))
  }

  /// The words of a role set off by commas right after a name: "Kofi
  /// Annan, UN secretary-general, urged …" codes Annan by his role.
  func appositiveWords(after range: Range<Int>) -> [(word: String, capitalized: Bool)] {
    let tokens = analysis.tokens
    let open = range.upperBound
    guard tokens[range.upperBound - 1].isCapitalized, open + 2 < tokens.count, tokens[open].first == ",",
      analysis.sentenceOf[open] == analysis.sentenceOf[range.upperBound - 1]
    else { return [] }
    var close = open + 1
    while close < min(tokens.count, open + 8), tokens[close].kind == .word || tokens[close].kind == .number {
      close += 1
    }
    guard close < tokens.count, close > open + 1, tokens[close].first == ",",
      (open + 1..<close).contains(where: { tokens[$0].classes.contains(.titles) })
    else { return [] }
    return (open + 1..<close).map { k in
      let t = tokens[k]
      return (t.classes.contains(.possessive) ? Self.stripPossessive(t.lower) : t.lower, t.isCapitalized)
    }
  }

  /// "French and Egyptian warships": a nationality coordinated with another
  /// shares its head noun, which tells the sector of both.
  func sharedHeadWords(after range: Range<Int>) -> [(word: String, capitalized: Bool)] {
    let tokens = analysis.tokens
    let and = range.upperBound
    guard tokens[and - 1].classes.contains(.demonyms), and + 2 < tokens.count, tokens[and].lower == "and",
      tokens[and + 1].classes.contains(.demonyms)
    else { return [] }
    var end = and + 2
    while end < min(tokens.count, and + 5), tokens[end].kind == .word, !tokens[end].isCapitalized,
      tokens[end].classes.isDisjoint(with: [.functionWords, .eventTrigger])
    {
      end += 1
    }
    return (and + 2..<end).map { (tokens[$0].lower, false) }
  }

  /// Personal pronouns and possessive determiners that stand for an actor.
  static let pronouns: WordSet = [
    "he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "we", "us", "our", "i", "me", "my",
  ]

  /// The person entity mentioned last before `start`, within a few
  /// sentences: what "he" or "his" most likely stands for when the resolver
  /// left it open.
  func latestPerson(before start: Int) -> Int? {
    var best: (start: Int, entity: Int)?
    for (i, e) in document.entities.enumerated() where e.type == .person {
      for m in e.mentions where m.start < start && start - m.start < 600 && m.start > (best?.start ?? -1) {
        best = (m.start, i)
      }
    }
    return best?.entity
  }

  /// "President Kiir pardoned him", "called Prime Minister Y to congratulate
  /// him": an object pronoun names someone else than the subject, so it
  /// stands for the latest person named earlier in the same sentence,
  /// outside the subject and its modifiers. The target then points at that name.
  func objectAntecedent(_ range: Range<Int>, source: Range<Int>, trigger: Range<Int>) -> Range<Int>? {
    let tokens = analysis.tokens
    guard range.count == 1, ["him", "her"].contains(tokens[range.lowerBound].lower) else { return nil }
    let sentence = analysis.sentences[analysis.sentenceOf[range.lowerBound]].tokens
    let floor = tokens[sentence.lowerBound].start
    let pronounStart = tokens[range.lowerBound].start
    // The subject and whatever modifies it up to the verb ("the military led by
    // Y overthrew him") cannot be the object.
    let subjectStart = analysis.span(source).start
    let after = source.upperBound
    let modified =
      after + 1 < trigger.lowerBound && tokens[after].lower.hasSuffix("ed") && tokens[after + 1].lower == "by"
    let subjectEnd = modified ? tokens[trigger.lowerBound].start : analysis.span(source).end
    var best: Mention?
    for e in document.entities where e.type == .person {
      for m in e.mentions where m.start >= floor && m.end <= pronounStart && m.start > (best?.start ?? -1) {
        if m.end > subjectStart && m.start < subjectEnd { continue }
        best = m
      }
    }
    guard let best else { return nil }
    let first = sentence.first { tokens[$0].start >= best.start }
    let last = sentence.last { tokens[$0].start < best.end }
    guard let first, let last, first <= last else { return nil }
    return first..<(last + 1)
  }

  static func stripPossessive(_ w: String) -> String {
    w.hasSuffix("’s") || w.hasSuffix("'s") ? String(w.dropLast(2)) : w
  }

  /// The first place after "in" or "at" in the sentence that is not an actor
  /// of the event: "clashes in Gaza".
  func location(in sentence: Range<Int>, avoiding: [Range<Int>]) -> String? {
    let tokens = analysis.tokens
    for j in sentence.dropLast() where tokens[j].lower == "in" || tokens[j].lower == "at" {
      var k = j + 1
      if tokens[k].lower == "the" { k += 1 }
      guard k < sentence.upperBound, tokens[k].isCapitalized, !avoiding.contains(where: { $0.contains(k) }) else {
        continue
      }
      var end = k
      while end < sentence.upperBound, tokens[end].isCapitalized, tokens[end].kind == .word { end += 1 }
      let words = (k..<end).map { Self.stripPossessive(tokens[$0].lower) }.joined(separator: " ")
      let isPlace = tokens[k].classes.contains(.places) || coder.countries.code(for: words) != nil
      if isPlace { return analysis.string(k..<end) }
    }
    return nil
  }
}
