extension EntityResolver {
  /// Registers the entity a phrase names and returns its index; pronouns are
  /// resolved through salience.
  mutating func entity(for m: SpeakerMention, sentence: Int, excluding: Int? = nil) -> Int? {
    // Mention texts are filled in when the document is assembled, and only for
    // the entities it keeps.
    let mention = Mention(
      start: a.tokens[m.tokens.lowerBound].start, end: a.tokens[m.tokens.upperBound - 1].end, text: "")
    var id: Int?
    let analysis = a
    switch m.kind {
    case .name:
      guard let name = m.name else { return nil }
      let words = nameWords(name)
      if (words.count == 1 && isAcronym(name))
        || (words.count > 1 && Lexicon.organisationNameEnds.contains(Self.stripPossessive(words[words.count - 1])))
      {
        // "CNN"; "Coastal Workers Convention", "Harbour Golf Club".
        id = registry.other(
          key: words.joined(separator: " "), display: Self.displayName(analysis, name), type: .organisation,
          at: m.tokens.lowerBound)
      } else if (words.count == 1 && Lexicon.places.contains(words[0]))
        || words.contains(where: Lexicon.placeHeads.contains) || namesPlace(m, words: words)
        // "Tel Aviv’s side": a capital city is a place, whatever its shape.
        || (words.count > 1 && ActorLexicon.capitals[words.joined(separator: " ")] != nil)
      {
        id = registry.other(
          key: words.joined(separator: " "), display: Self.displayName(analysis, name), type: .place,
          at: m.tokens.lowerBound)
      } else {
        let shown = shownGender(m)
        id = registry.person(
          words: words, display: Self.displayName(analysis, name), at: m.tokens.lowerBound, gender: shown)
        if let id, words.count > 1, let gender = Self.gender(ofFirstName: words[0]) { registry.setGender(id, gender) }
        if let id, let shown { registry.setGender(id, shown) }
      }
      if let id, let role = m.role { registry.addRole(id, roleText(role)) }
    case .pronoun:
      id = pronounReferent(
        a.tokens[m.tokens.lowerBound].lower, sentence: sentence, before: m.tokens.lowerBound, excluding: excluding)
    case .description:
      // "the secretary of state" is a secretary: the head stands before "of";
      // "a spokesman for Ruiz" is a spokesman, not Ruiz.
      let of = m.tokens.first { ["of", "for", "to", "at", "with"].contains(a.tokens[$0].lower) }
      let head = a.tokens[of.map { $0 - 1 } ?? (m.tokens.upperBound - 1)].lower
      // "a spokeswoman for Ruiz" is the one introduced as "Ruiz spokeswoman",
      // not another campaign's spokeswoman named earlier.
      let principal = of.flatMap {
        a.tokens[$0].lower == "of" ? nil : Self.stripPossessive(a.tokens[m.tokens.upperBound - 1].lower)
      }
      // "a close friend" brings in someone new; "the friend" is one named before.
      let indefinite = ["a", "an", "one", "another"].contains(a.tokens[m.tokens.lowerBound].lower)
      if !indefinite, let match = registry.person(withRole: head),
        principal.map({ registry.drafts[match].roleWords.contains($0) }) ?? true
      {
        id = match
      } else {
        // "another worker" is, by its word, not the worker met before.
        let another = a.tokens[m.tokens.lowerBound].lower == "another"
        id = registry.other(
          key: another ? "\(key(m.tokens))#\(m.tokens.lowerBound)" : key(m.tokens),
          display: Self.lowerDeterminer(analysis.string(m.tokens)), type: .person, at: m.tokens.lowerBound)
      }
    case .organisation where isPlaceName(m.tokens):
      id = registry.other(
        key: key(m.tokens), display: Self.stripPossessive(analysis.string(m.name ?? m.tokens)), type: .place,
        at: m.tokens.lowerBound)
    case .organisation:
      id = registry.other(
        key: key(m.tokens), display: Self.lowerDeterminer(analysis.string(m.tokens)), type: .organisation,
        at: m.tokens.lowerBound)
    case .group:
      id = registry.other(
        key: key(m.tokens), display: Self.lowerDeterminer(analysis.string(m.tokens)), type: .group,
        at: m.tokens.lowerBound)
    }
    if let id {
      registry.addMention(id, mention)
      if let appositive = m.appositive, isRoleAside(appositive) { registry.addRole(id, roleText(appositive)) }
    }
    return id
  }

  /// "CNN", "PAC", "NATO": a lone word of two to five capital letters is an
  /// organisation's initials, unless someone in the story has it as a
  /// surname.
  func isAcronym(_ name: Range<Int>) -> Bool {
    guard name.count == 1 else { return false }
    let t = a.tokens[name.lowerBound]
    let length = t.end - t.start
    guard t.kind == .word, (2...5).contains(length), !registry.hasPerson(lastName: t.lower) else { return false }
    return (t.start..<t.end).allSatisfy { i in
      let v = a.text[i].value
      return v >= 0x41 && v <= 0x5A
    }
  }

  /// The gender a name's own mention shows: a courtesy title ("Mrs.
  /// Okafor") or a reflexive right after it ("Okafor herself said").
  func shownGender(_ m: SpeakerMention) -> PronounInfo.Gender? {
    if let role = m.role {
      let first = a.tokens[role.lowerBound].lower
      if Lexicon.maleTitles.contains(first) { return .male }
      if Lexicon.femaleTitles.contains(first) { return .female }
    }
    let next = m.tokens.upperBound
    guard next < a.tokens.count else { return nil }
    switch a.tokens[next].lower {
    case "himself": return .male
    case "herself": return .female
    default: return nil
    }
  }

  /// "was in San Diego on Tuesday": a name after a preposition of place,
  /// with no role, no given name and no person of that surname, is a place.
  func namesPlace(_ m: SpeakerMention, words: [String]) -> Bool {
    let k = m.tokens.lowerBound
    guard k > 0, m.role == nil, let last = words.last,
      ["in", "at", "near", "outside", "across", "throughout"].contains(a.tokens[k - 1].lower),
      !a.tokens[m.tokens.upperBound - 1].classes.contains(.possessive),
      !registry.hasPerson(lastName: last)
    else { return false }
    return !Lexicon.maleFirstNames.contains(words[0]) && !Lexicon.femaleFirstNames.contains(words[0])
  }

  /// Whether every word of a phrase (after a determiner) is a place name:
  /// "South Korea", "the United States". The same words as ``key(_:)``.
  func isPlaceName(_ range: Range<Int>) -> Bool {
    var k = range.lowerBound
    if range.count > 1, a.tokens[k].classes.contains(.determiners) { k += 1 }
    return (k..<range.upperBound).allSatisfy { j in
      let t = a.tokens[j]
      guard t.kind == .word || t.kind == .number else { return true }
      return t.classes.contains(.places) && !t.classes.contains(.possessive)
    }
  }

  /// The gender a given name usually has, when the lexicon is sure of it.
  static func gender(ofFirstName name: String) -> PronounInfo.Gender? {
    let male = Lexicon.maleFirstNames.contains(name)
    let female = Lexicon.femaleFirstNames.contains(name)
    if male == female { return nil }
    return male ? .male : .female
  }

  func nameWords(_ name: Range<Int>) -> [String] {
    var words: [String] = []
    words.reserveCapacity(name.count)
    for k in name {
      let t = a.tokens[k]
      guard t.kind == .word, !t.classes.contains(.nameSuffixes) else { continue }
      var word = t.classes.contains(.possessive) ? String(t.lower.dropLast(2)) : t.lower
      if t.classes.contains(.particleName), let dash = word.firstIndex(where: { $0 == "-" || $0 == "‐" || $0 == "‑" }) {
        // "al-Assad" and "Assad" are the same surname.
        word = String(word[word.index(after: dash)...])
      }
      words.append(word)
    }
    return words
  }

  static func displayName(_ a: Analysis, _ name: Range<Int>) -> String { stripPossessive(a.string(name)) }

  static func stripPossessive(_ s: String) -> String {
    if s.hasSuffix("’s") || s.hasSuffix("'s") { return String(s.dropLast(2)) }
    if s.hasSuffix("’") || s.hasSuffix("'") { return String(s.dropLast(1)) }
    return s
  }

  /// The merge key of a describing phrase: its words, lower-cased, without a
  /// leading determiner.
  func key(_ range: Range<Int>) -> String {
    var k = range.lowerBound
    // "the ministry" and "The ministry" are one; "his campaign" and "her
    // campaign" are two, so a possessive stays in the key.
    if range.count > 1, a.tokens[k].classes.contains(.determiners),
      !Analysis.possessivePronouns.contains(a.tokens[k].lower)
    {
      k += 1
    }
    var key = ""
    for j in k..<range.upperBound where a.tokens[j].kind == .word || a.tokens[j].kind == .number {
      if !key.isEmpty { key += " " }
      key += a.tokens[j].lower
    }
    return key
  }

  /// "The ministry" at a sentence start is still "the ministry".
  static func lowerDeterminer(_ text: String) -> String {
    // "Another said", "Several added": a quantifier alone is no name.
    if !text.contains(" "), Self.loneQuantifiers.contains(text.lowercased()) { return text.lowercased() }
    for det in [
      "The ", "A ", "An ", "His ", "Her ", "Their ", "Its ", "Some ", "Many ", "Several ", "Other ", "Another ",
    ]
    where text.hasPrefix(det) {
      let rest = text.dropFirst(det.count)
      // Proper names keep their article: "The Times".
      if rest.first?.isUppercase == true && !rest.contains(" ") && det == "The " { return text }
      return det.lowercased() + rest
    }
    return text
  }

  static let loneQuantifiers: Set<String> = [
    "another", "several", "others", "some", "many", "most", "both", "few", "all", "each", "one", "neither", "either",
  ]

  func roleText(_ range: Range<Int>) -> String {
    var r = range
    // "a spokesman", "her deputy": the role is "spokesman", "deputy".
    if let first = r.first, r.count > 1,
      ["a", "an", "the"].contains(a.tokens[first].lower) || Analysis.possessivePronouns.contains(a.tokens[first].lower)
    {
      r = (first + 1)..<r.upperBound
    }
    return a.string(r)
  }

  /// Whether an aside after a name states a role: "a former minister", "the
  /// union's deputy", not "speaking in the capital" or "who ran in 2012".
  func isRoleAside(_ range: Range<Int>) -> Bool {
    guard let first = range.first, a.tokens[first].kind == .word || a.tokens[first].kind == .number else {
      return false
    }
    let w = a.tokens[first].lower
    return !w.hasSuffix("ing") && !(w.hasSuffix("ed") && !a.tokens[first].isCapitalized)
      && !["who", "whose", "which", "whom", "like", "unlike", "including", "such"].contains(w)
  }
}
