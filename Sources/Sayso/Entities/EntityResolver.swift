/// Walks the article in order, registering the names it meets and resolving
/// each attribution's speaker to an entity.
///
/// Pronouns go to the salient person: the subject of the sentence before, then
/// the latest speaker in the paragraph, then the latest speaker nearby, with
/// gender respected where it is known. So in "Hamidi recalled meeting Sara
/// Okafor. “…,” he said." the speaker is Hamidi, not the nearer name.
struct EntityResolver {
  let a: Analysis
  var registry = EntityRegistry()
  /// Entity of each sentence's subject, when it is a person, organisation or group.
  var subjectOf: [Int?]
  var lastSpeakers: [(entity: Int, paragraph: Int)] = []
  /// People named in the narrative, most recent last (at most a few).
  var recentPeople: [Int] = []
  var lastPerson: Int? { recentPeople.last }

  mutating func notePerson(_ entity: Int) {
    recentPeople.removeAll { $0 == entity }
    recentPeople.append(entity)
    if recentPeople.count > 5 { recentPeople.removeFirst() }
  }

  init(_ analysis: Analysis) {
    a = analysis
    subjectOf = Array(repeating: nil, count: analysis.sentences.count)
  }

  /// Resolves every attribution's speaker; sentences that start before
  /// `proseStart` (the headline) are not scanned for names.
  static func resolve(_ analysis: Analysis, _ attributions: [Attribution], proseStart: Int = 0)
    -> ([ResolvedSpeaker], EntityRegistry)
  {
    var resolver = EntityResolver(analysis)
    var order = Array(attributions.indices)
    order.sort { attributions[$0].anchor < attributions[$1].anchor }
    var results = [ResolvedSpeaker](repeating: ResolvedSpeaker(), count: attributions.count)
    var next = 0
    for (index, sentence) in analysis.sentences.enumerated() {
      while next < order.count, attributions[order[next]].anchor < sentence.tokens.upperBound {
        let i = order[next]
        if let inherited = attributions[i].inheritsFrom, inherited < results.count,
          results[inherited].entity != nil
            || results[inherited].name != nil
        {
          results[i] = results[inherited]
          if let m = attributions[i].speaker, attributions[i].cue != nil {
            results[i].mention = analysis.span(m.anchor)
          }
        } else if let parent = attributions[i].parent, let m = attributions[i].speaker, m.kind == .pronoun,
          let info = Lexicon.pronouns[analysis.tokens[m.tokens.lowerBound].lower], info.person == 1
        {
          // "I" inside a quotation is the one quoted.
          results[i] = results[parent]
          results[i].mention = analysis.span(m.anchor)
        } else {
          // "he" inside a quotation is someone the quoted speaker talks about.
          let speakerOfQuote = attributions[i].parent.flatMap { results[$0].entity }
          results[i] = resolver.resolve(attributions[i], sentence: index, excluding: speakerOfQuote)
        }
        if let e = results[i].entity {
          resolver.noteSpeaker(e, paragraph: sentence.paragraph)
          if let own = resolver.sentenceSpeakingAfterContent(attributions[i], from: index) {
            resolver.subjectOf[own] = e
          }
        }
        next += 1
      }
      if analysis.tokens[sentence.tokens.lowerBound].start >= proseStart { resolver.scan(sentence: index) }
    }
    while next < order.count {
      results[order[next]] = resolver.resolve(attributions[order[next]], sentence: analysis.sentences.count - 1)
      next += 1
    }
    return (results, resolver.registry)
  }

  /// "Vance’s budget is a mess, Quist said.": a speaker named after the
  /// words reported is the subject of the sentence's main clause, whatever
  /// name opens the sentence, so a later "he" reads as Quist. The sentence
  /// is the speaker's, which may follow the one the quotation opens in
  /// ("“No. Not today,” Quist said."); `nil` when the speaker comes first.
  func sentenceSpeakingAfterContent(_ att: Attribution, from sentence: Int) -> Int? {
    guard att.parent == nil, att.inheritsFrom == nil, att.cue != nil, let m = att.speaker,
      let first = att.content.first, a.sentenceOf[m.tokens.lowerBound] >= sentence,
      first.start < a.tokens[m.tokens.lowerBound].start, !a.isQuoted(m.tokens.lowerBound)
    else { return nil }
    return a.sentenceOf[m.tokens.lowerBound]
  }

  mutating func noteSpeaker(_ entity: Int, paragraph: Int) {
    registry.markSpeaker(entity)
    lastSpeakers.append((entity, paragraph))
    if lastSpeakers.count > 8 { lastSpeakers.removeFirst() }
  }
}
