extension EventAssembler {
  /// An actor from its tokens: the entity it names, and a code from its
  /// words and the entity's roles. A pronoun must resolve — to an entity, or
  /// inside a quotation "I" and "we" to the speaker — or there is no actor.
  func argument(_ range: Range<Int>, quote: Quote?) -> EventArgument? {
    guard !range.isEmpty else { return nil }
    let tokens = analysis.tokens
    let span = analysis.span(range)
    var entity = range.lazy.compactMap { entityAt[tokens[$0].start] }.last
    let single = range.count == 1 ? tokens[range.lowerBound] : nil
    if let single, single.classes.contains(.pronouns) || Lexicon.possessives.contains(single.lower) {
      let firstPerson = ["i", "we", "me", "us", "my", "our"].contains(single.lower)
      if entity == nil, firstPerson, let quote, let id = quote.speakerEntity {
        entity = document.entities.firstIndex { $0.id == id }
      }
      guard entity != nil else { return nil }
    }
    var words = range.map { k -> (word: String, capitalized: Bool) in
      (Self.stripPossessive(tokens[k].lower), tokens[k].isCapitalized)
    }
    if let entity {
      for role in document.entities[entity].roles {
        for w in role.split(separator: " ") {
          words.append((Self.stripPossessive(w.lowercased()), w.first?.isUppercase ?? false))
        }
      }
    }
    return EventArgument(
      text: analysis.text.string(span.start, span.end), start: span.start, end: span.end,
      entity: entity.map { document.entities[$0].id }, actorCode: coder.code(words: words))
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
