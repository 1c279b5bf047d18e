/// Merges mentions into entities: "Ali Hamidi", "Hamidi" and "Mr. Hamidi" are
/// one person; "Sara Hamidi" is another; "the ministry" twice is one
/// organisation.
struct EntityRegistry: Sendable {
  private(set) var drafts: [EntityDraft] = []
  private var byLastName: [String: [Int]] = [:]
  private var byKey: [String: Int] = [:]

  /// The person a name refers to, created when no earlier one fits.
  /// A `gender` the mention shows ("Clinton herself", "Mrs. Clinton")
  /// picks among people who share a surname.
  mutating func person(
    words: [String], display: @autoclosure () -> String, at token: Int, gender: PronounInfo.Gender? = nil
  ) -> Int {
    guard let last = words.last else { return other(key: display(), display: display(), type: .person, at: token) }
    var candidates = byLastName[last] ?? []
    if let gender, words.count == 1 {
      // Someone known to be of that gender first, then someone not known to differ.
      let same = candidates.filter { drafts[$0].gender == gender }
      let open = candidates.filter { drafts[$0].gender == nil }
      if !same.isEmpty { candidates = same } else if !open.isEmpty { candidates = open }
    }
    if words.count == 1 {
      if let best = candidates.max(by: { drafts[$0].lastSeen < drafts[$1].lastSeen }) { return touch(best, token) }
      if let byFirst = drafts.indices.filter({
        drafts[$0].type == .person && drafts[$0].words.first == last
          && drafts[$0].words.count > 1
      }).max(by: { drafts[$0].lastSeen < drafts[$1].lastSeen }) {
        return touch(byFirst, token)
      }
    }
    for c in candidates.reversed() where compatible(drafts[c].words, words) {
      if words.count > drafts[c].words.count {
        drafts[c].words = words
        drafts[c].name = display()
      }
      return touch(c, token)
    }
    drafts.append(EntityDraft(name: display(), words: words, type: .person, lastSeen: token))
    byLastName[last, default: []].append(drafts.count - 1)
    return drafts.count - 1
  }

  /// Whether some person registered so far has this last name.
  func hasPerson(lastName: String) -> Bool { byLastName[lastName] != nil }

  /// An organisation, group, place or describing phrase, merged by its text.
  mutating func other(key: String, display: @autoclosure () -> String, type: Entity.Kind, at token: Int) -> Int {
    if let existing = byKey[key] { return touch(existing, token) }
    drafts.append(
      EntityDraft(name: display(), words: key.split(separator: " ").map(String.init), type: type, lastSeen: token))
    byKey[key] = drafts.count - 1
    return drafts.count - 1
  }

  /// The most recent person whose stated role has this head word
  /// ("the secretary" → the one introduced as "Secretary …").
  func person(withRole head: String) -> Int? {
    drafts.indices.filter { drafts[$0].type == .person && drafts[$0].roleWords.contains(head) }
      .max { drafts[$0].lastSeen < drafts[$1].lastSeen }
  }

  mutating func addMention(_ entity: Int, _ mention: Mention) {
    if drafts[entity].mentions.last?.start != mention.start { drafts[entity].mentions.append(mention) }
  }

  mutating func addRole(_ entity: Int, _ role: String) {
    // The same role again is the common case; it needs no case folding.
    if drafts[entity].roles.contains(role) { return }
    let trimmed = role.trimmingSpaces()
    let lower = trimmed.lowercased()
    guard !trimmed.isEmpty, !drafts[entity].roles.contains(where: { $0.lowercased() == lower }) else { return }
    // "Mr." is a courtesy, not a role.
    if Self.honorifics.contains(lower.hasSuffix(".") ? String(lower.dropLast()) : lower) { return }
    // "leader" and "union leader" are one role, the longer form.
    let roles = drafts[entity].roles.map { $0.lowercased() }
    if roles.contains(where: { $0.hasSuffix(" " + lower) }) { return }
    if let shorter = roles.firstIndex(where: { lower.hasSuffix(" " + $0) }) {
      drafts[entity].roles[shorter] = trimmed
    } else {
      drafts[entity].roles.append(trimmed)
    }
    for word in lower.split(separator: " ") {
      let w = String(word)
      drafts[entity].roleWords.insert(w)
      // "Sen. Ana Ruiz" is later "the senator".
      if let full = Lexicon.titleAbbreviations[w.hasSuffix(".") ? String(w.dropLast()) : w] {
        drafts[entity].roleWords.insert(full)
      }
      for synonym in Lexicon.roleSynonyms[w] ?? [] { drafts[entity].roleWords.insert(synonym) }
    }
  }

  mutating func setGender(_ entity: Int, _ gender: PronounInfo.Gender) {
    if drafts[entity].gender == nil { drafts[entity].gender = gender }
  }

  mutating func markSpeaker(_ entity: Int) { drafts[entity].isSpeaker = true }

  private mutating func touch(_ entity: Int, _ token: Int) -> Int {
    drafts[entity].lastSeen = max(drafts[entity].lastSeen, token)
    return entity
  }

  /// Two names fit when one is a short form of the other: same last word and,
  /// where both have first words, the same first word or initial.
  private func compatible(_ a: [String], _ b: [String]) -> Bool {
    guard a.last == b.last else { return false }
    if a.count == 1 || b.count == 1 { return true }
    let fa = a[0]
    let fb = b[0]
    return fa == fb || (fa.count <= 2 && fb.hasPrefix(String(fa.prefix(1))))
      || (fb.count <= 2 && fa.hasPrefix(String(fb.prefix(1))))
  }

  static let honorifics: WordSet = ["mr", "mrs", "ms", "miss", "mx", "madam", "messrs"]
}
