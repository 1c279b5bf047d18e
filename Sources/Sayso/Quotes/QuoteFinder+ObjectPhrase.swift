extension QuoteFinder {
  /// Verbs of stance whose object alone is what the speaker said or did to
  /// speak: "Okafor endorsed Ruiz", "the union criticized the port's safety
  /// record", "she declined to comment", "dismissed concerns that …",
  /// "described him as a careful steward". Other object verbs ("thanked",
  /// "referring to", "proposed") report only when the object carries quoted
  /// words: as stances they are right about two times in three, and each
  /// wrong one costs more than a right one gains.
  static let stanceLemmas: WordSet = [
    "endorse", "criticize", "criticise", "praise", "defend", "urge", "accuse", "reject", "denounce", "blame",
    "slam", "blast", "lambaste", "mock", "commend", "applaud", "call for", "call on", "push for", "argue for",
    "oppose", "vow", "promise", "deny", "decline", "refuse", "announce", "acknowledge", "cite", "describe", "dismiss",
  ]

  /// The evidence name of a report that is a stance verb's object.
  static let objectEvidence = "indirect.object"

  /// The end of the object a stance verb reports, read from `start`. A
  /// person named or a pronoun ends at the name ("endorsed Ruiz on Monday"
  /// → "Ruiz") unless a reason, a role or an infinitive follows ("blamed
  /// Ruiz for the delay", "urged Ruiz to resign"); "to" and a verb, or a
  /// noun phrase, run to the end of the clause or its first comma.
  func objectPhraseEnd(from start: Int, sentence s: Range<Int>, lemma: String) -> Int? {
    guard let nameEnd = namedObjectEnd(from: start, sentence: s) else {
      return clauseRunEnd(from: start, sentence: s)
    }
    guard nameEnd < s.upperBound, a.tokens[nameEnd].kind == .word else { return nameEnd }
    let w = a.tokens[nameEnd].lower
    let runsOn =
      (w == "to" && Self.objectThenInfinitive.contains(lemma)) || (w == "of" && lemma == "accuse")
      || (w == "for" && Self.reasonLemmas.contains(lemma))
      || (w == "as" && nameEnd + 1 < s.upperBound && !a.tokens[nameEnd + 1].classes.contains(.pronouns))
    return runsOn ? clauseRunEnd(from: start, sentence: s) ?? nameEnd : nameEnd
  }

  /// The end of an object that is a name or a pronoun ("Ruiz", "Mr. Okafor",
  /// "Ruiz and Okafor", "him"), or nil for any other noun phrase. A name with
  /// a possessive ("Ruiz’s plan") is the start of a noun phrase.
  private func namedObjectEnd(from start: Int, sentence s: Range<Int>) -> Int? {
    var k = start
    while k < s.upperBound {
      let t = a.tokens[k]
      if t.kind == .word, Self.objectPronouns.contains(t.lower) {
        k += 1
      } else if t.kind == .word, t.isCapitalized {
        while k < s.upperBound, a.tokens[k].kind == .word,
          a.tokens[k].isCapitalized
            || (a.tokens[k].classes.contains(.nameParticles) && k + 1 < s.upperBound && a.tokens[k + 1].isCapitalized)
            // "Secretary of State Ana Ruiz": a title's "of" runs on.
            || (a.tokens[k].lower == "of" && k > start && a.tokens[k - 1].classes.contains(.titles)
              && k + 1 < s.upperBound && a.tokens[k + 1].isCapitalized)
        {
          if a.tokens[k].classes.contains(.possessive) { return nil }
          k += 1
          // "Mr. Ruiz", "Donald J. Trump": the period of a title or an initial runs on.
          if k + 1 < s.upperBound, a.tokens[k].isPunct("."),
            a.tokens[k - 1].classes.contains(.abbreviations) || a.tokens[k - 1].lower.utf8.count == 1
          {
            k += 1
          }
        }
      } else {
        return nil
      }
      // "criticized Ruiz and Okafor": two people named.
      guard k + 1 < s.upperBound, ["and", "or"].contains(a.tokens[k].lower),
        a.tokens[k + 1].isCapitalized
          || Self.objectPronouns.contains(a.tokens[k + 1].lower)
      else { break }
      k += 1
    }
    guard k > start, k >= s.upperBound || !a.tokens[k].isWord || !continuesNounPhrase(a.tokens[k]) else {
      return nil
    }
    return k
  }

  /// Whether a word after a name makes the name a modifier: "Ruiz campaign".
  private func continuesNounPhrase(_ t: Token) -> Bool {
    !t.isCapitalized && !t.classes.contains(.prepositions) && !t.classes.contains(.timeWords)
      && !Self.objectStops.contains(t.lower) && !t.lower.hasSuffix("ly")
      && CueLexicon.shared.entries(for: t.lower).isEmpty
  }

  /// Conjunctions that start a clause of the writer's after an object.
  static let runStops: WordSet = [
    "but", "when", "while", "because", "after", "before", "although", "though", "since", "until", "whereas",
  ]

  static let objectPronouns: WordSet = [
    "him", "them", "us", "me", "it", "himself", "herself", "themselves", "itself", "her", "you",
  ]

  /// The object or clause from `k` to the end of the reported clause or its
  /// first comma.
  func clauseRunEnd(from k: Int, sentence s: Range<Int>) -> Int? {
    var end = contentEnd(from: k, sentence: s)
    // "refused to comment, in what …", "blamed the storm but later …": a
    // comma, a dash or a conjunction ends the run more often than not.
    // A pair of dashes sets off an aside ("to ban all visitors — some
    // two million a year — from the port"), which the run keeps.
    var asideEnd = k
    let cut = (k + 1..<max(k + 1, end)).first { j in
      let t = a.tokens[j]
      guard !a.isQuoted(j), j >= asideEnd else { return false }
      let dash = t.kind == .punct && (t.first == "—" || t.first == "–")
      if dash, let close = (j + 1..<min(end, j + 13)).first(where: { a.tokens[$0].isPunct(t.first) }) {
        asideEnd = close + 1
        return false
      }
      if t.kind == .punct { return t.first == "," || dash || t.first == "(" }
      if t.lower == "as" { return j + 1 < end && a.tokens[j + 1].classes.contains(.pronouns) }
      return j > k + 1 && Self.runStops.contains(t.lower)
    }
    if let cut { end = cut }
    return end > k ? end : nil
  }

  /// Verbs whose object is followed by what it is urged to do: "urged the
  /// council to act".
  static let objectThenInfinitive: WordSet = ["urge", "call on", "call for", "push for"]

  /// Verbs that give a reason after "for": "blamed Ruiz for the delay".
  static let reasonLemmas: WordSet = [
    "criticize", "criticise", "praise", "blame", "mock", "slam", "blast", "lambaste", "commend", "applaud",
    "denounce", "defend",
  ]

  /// Words that end an object noun phrase: relative and subordinate
  /// clauses, other conjunctions, and adverbs of time.
  static let objectStops: WordSet = [
    "who", "whom", "whose", "which", "that", "where", "when", "while", "because", "as", "if", "after", "before",
    "but", "although", "though", "since", "until", "than", "despite", "yesterday", "today", "tonight", "ago",
    "again", "instead", "earlier", "later", "too", "also", "even", "and", "or",
    // "The levy she was defending is …": the object went before the verb.
    "is", "was", "are", "were", "has", "had", "will", "would",
  ]
}
