extension EntityResolver {
  /// Registers the entity a phrase names and returns its index; pronouns are
  /// resolved through salience.
  mutating func entity(for m: SpeakerMention, sentence: Int) -> Int? {
    let text = a.string(m.tokens)
    let mention = Mention(start: a.tokens[m.tokens.lowerBound].start, end: a.tokens[m.tokens.upperBound - 1].end, text: text)
    var id: Int?
    switch m.kind {
    case .name:
      guard let name = m.name else { return nil }
      let words = nameWords(name)
      let display = displayName(name)
      if (words.count == 1 && Lexicon.places.contains(words[0])) || words.contains(where: Lexicon.placeHeads.contains) {
        id = registry.other(key: words[0], display: display, type: .place, at: m.tokens.lowerBound)
      } else {
        id = registry.person(words: words, display: display, at: m.tokens.lowerBound)
      }
      if let id, let role = m.role {
        let roleText = a.string(role)
        registry.addRole(id, roleText)
        let first = a.tokens[role.lowerBound].lower
        if Lexicon.maleTitles.contains(first) { registry.setGender(id, .male) }
        if Lexicon.femaleTitles.contains(first) { registry.setGender(id, .female) }
      }
    case .pronoun:
      id = pronounReferent(a.tokens[m.tokens.lowerBound].lower, sentence: sentence, before: m.tokens.lowerBound)
    case .description:
      let head = a.tokens[m.tokens.upperBound - 1].lower
      if let match = registry.person(withRole: head) {
        id = match
      } else {
        id = registry.other(key: key(text), display: lowerDeterminer(text), type: .person, at: m.tokens.lowerBound)
      }
    case .organisation:
      id = registry.other(key: key(text), display: lowerDeterminer(text), type: .organisation, at: m.tokens.lowerBound)
    case .group:
      id = registry.other(key: key(text), display: lowerDeterminer(text), type: .group, at: m.tokens.lowerBound)
    }
    if let id {
      registry.addMention(id, mention)
      if let appositive = m.appositive { registry.addRole(id, roleText(appositive)) }
    }
    return id
  }

  func nameWords(_ name: Range<Int>) -> [String] {
    name.compactMap { k -> String? in
      let t = a.tokens[k]
      guard t.kind == .word, !t.classes.contains(.nameSuffixes) else { return nil }
      return stripPossessive(t.lower)
    }
  }

  func displayName(_ name: Range<Int>) -> String { stripPossessive(a.string(name)) }

  func stripPossessive(_ s: String) -> String {
    if s.hasSuffix("’s") || s.hasSuffix("'s") { return String(s.dropLast(2)) }
    if s.hasSuffix("’") || s.hasSuffix("'") { return String(s.dropLast(1)) }
    return s
  }

  func key(_ text: String) -> String {
    var words = text.lowercased().split(separator: " ").map(String.init)
    if let first = words.first, Lexicon.determiners.contains(first), words.count > 1 { words.removeFirst() }
    return words.joined(separator: " ")
  }

  /// "The ministry" at a sentence start is still "the ministry".
  func lowerDeterminer(_ text: String) -> String {
    for det in ["The ", "A ", "An ", "His ", "Her ", "Their ", "Its ", "Some ", "Many ", "Several ", "Other "]
    where text.hasPrefix(det) {
      let rest = text.dropFirst(det.count)
      // Proper names keep their article: "The Times".
      if rest.first?.isUppercase == true && !rest.contains(" ") && det == "The " { return text }
      return det.lowercased() + rest
    }
    return text
  }

  func roleText(_ range: Range<Int>) -> String {
    var r = range
    if let first = r.first, ["a", "an", "the"].contains(a.tokens[first].lower), r.count > 1 { r = (first + 1)..<r.upperBound }
    return a.string(r)
  }
}
