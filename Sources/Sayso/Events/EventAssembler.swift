/// Turns event drafts into public ``Event`` values: spans to text, actors to
/// entities and codes, and the context each event sits in: the quotation
/// that claims it, its date and its place.
///
/// ```swift
/// let events = EventAssembler(analysis: analysis, document: doc, coder: coder, dates: dates)
///   .events(EventFinder.drafts(analysis))
/// ```
struct EventAssembler {
  let analysis: Analysis
  let document: Document
  let coder: ActorCoder
  let dates: DateResolver
  /// Entity id by the start of each of its mentions.
  let entityAt: [Int: Int]
  /// For each token, the index in `document.quotes` of the shortest quote
  /// whose spans hold its start: built once, so that finding the quote that
  /// claims an event costs no walk over every quote.
  let claimAt: [Int?]

  init(analysis: Analysis, document: Document, coder: ActorCoder, dates: DateResolver) {
    self.analysis = analysis
    self.document = document
    self.coder = coder
    self.dates = dates
    var entityAt: [Int: Int] = [:]
    for (i, e) in document.entities.enumerated() {
      for m in e.mentions { entityAt[m.start] = i }
    }
    self.entityAt = entityAt
    var claimAt = [Int?](repeating: nil, count: analysis.tokens.count)
    // Longest first, so that a shorter (nested) quote overwrites the one holding
    // it; among equals the earlier quote is written last and wins.
    let order = document.quotes.indices.sorted {
      let (x, y) = (document.quotes[$0], document.quotes[$1])
      return x.end - x.start != y.end - y.start ? x.end - x.start > y.end - y.start : $0 > $1
    }
    for i in order {
      for span in document.quotes[i].spans {
        var k = analysis.firstToken(endingAfter: span.start)
        while k < analysis.tokens.count, analysis.tokens[k].start < span.end {
          if analysis.tokens[k].start >= span.start { claimAt[k] = i }
          k += 1
        }
      }
    }
    self.claimAt = claimAt
  }

  func events(_ drafts: [EventDraft]) -> [Event] {
    var events: [Event] = []
    var roles = RoleWordCache()
    for d in drafts {
      let triggerSpan = analysis.span(d.trigger)
      let quote = claimingQuote(d.trigger.lowerBound)
      guard let source = argument(d.source, quote: quote, roles: &roles),
        source.entity != nil || source.actorCode != nil || names(d.source)
      else { continue }
      let targetRange = d.target.map { objectAntecedent($0, source: d.source, trigger: d.trigger) ?? $0 }
      var target = targetRange.flatMap { argument($0, quote: quote, roles: &roles) }
      // "President Kiir pardoned him": an object pronoun is never the subject itself.
      if let t = targetRange, t.count == 1,
        analysis.tokens[t.lowerBound].classes.contains(.pronouns)
          || Self.pronouns.contains(analysis.tokens[t.lowerBound].lower),
        target?.entity != nil, target?.entity == source.entity
      {
        target = nil
      }
      if let t = d.target, let code = target?.actorCode, code.hasSuffix(" GOV"), isPeopleOfPlace(t, type: d.type) {
        target?.actorCode = String(code.dropLast(3)) + "CVL"
      }
      if let target, target.start == source.start { continue }
      let sentence = analysis.sentences[analysis.sentenceOf[d.trigger.lowerBound]].tokens
      let location = location(in: sentence, avoiding: [d.source, d.target ?? 0..<0])
      if let t = d.target, let code = target?.actorCode, code.hasPrefix("--- "), isBareTitle(t),
        let place = location, let country = coder.countries.code(for: place.lowercased())
      {
        // "In Lebanon, the envoy met the president": that country's president.
        target?.actorCode = country + code.dropFirst(3)
      }
      let clause = clause(of: sentence, quote: quote)
      let coded = withContextCountry(source, clause: clause, sentence: sentence, other: target)
      target = withContextCountry(target, clause: clause, sentence: sentence, other: source)
      events.append(
        Event(
          id: "v\(events.count + 1)", type: d.type, mode: d.mode, source: coded ?? source, target: target,
          trigger: triggerSpan, sentence: analysis.span(sentence),
          date: dates.date(in: sentence, tokens: analysis.tokens, near: d.trigger.lowerBound),
          location: location,
          modality: d.modality, claimedBy: quote?.id, evidence: d.evidence))
    }
    return events
  }

  /// Whether a place named as a target stands for its people rather than its
  /// government: a city under attack, or a place the event happens in
  /// ("a curfew in Abidjan").
  func isPeopleOfPlace(_ range: Range<Int>, type: EventType) -> Bool {
    let tokens = analysis.tokens
    let text = analysis.string(range).lowercased()
    if type == .assault || type == .coerce, ActorLexicon.capitals[text] != nil { return true }
    // "opened an embassy in Tehran": diplomacy in a capital deals with its government.
    if [.consult, .support, .agree, .cooperate].contains(type), ActorLexicon.capitals[text] != nil { return false }
    var k = range.lowerBound - 1
    if k >= 0, tokens[k].lower == "the" { k -= 1 }
    return k >= 0 && ["in", "inside", "throughout", "across"].contains(tokens[k].lower)
  }

  /// "the president", "the prime minister": a title with nothing but a determiner.
  func isBareTitle(_ range: Range<Int>) -> Bool {
    let tokens = analysis.tokens
    guard tokens[range.lowerBound].lower == "the" else { return false }
    return range.dropFirst().allSatisfy {
      !tokens[$0].isCapitalized && !tokens[$0].classes.isDisjoint(with: [.titles, .eventSector])
    }
  }

  /// Whether a phrase holds a name: a capitalised word that is not a function word.
  func names(_ range: Range<Int>) -> Bool {
    range.contains { k in
      let t = analysis.tokens[k]
      if t.classes.contains(.particleName) || t.classes.contains(.eventPeople) { return true }
      return t.isCapitalized && t.kind == .word && !t.classes.contains(.functionWords)
        && !t.classes.contains(.determiners)
    }
  }

  /// The innermost quotation whose words hold the trigger.
  func claimingQuote(_ token: Int) -> Quote? {
    claimAt[token].map { document.quotes[$0] }
  }
}
