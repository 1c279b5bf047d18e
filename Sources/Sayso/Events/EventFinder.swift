/// Finds political events: a trigger word from the ``TriggerLexicon`` and,
/// in the same clause, who acts (the source, required) and who is acted on.
///
/// Triggers are found by a word-class flag set at tokenisation, so a token
/// costs one bit test; the clause is read only around a hit. Rules (see the
/// extensions) read subjects, objects, passives with "by", action nouns
/// ("X's visit to Y", "talks between X and Y") and coordinated actors.
///
/// ```swift
/// let doc = Engine(countries: table).analyze("Iran and Iraq signed a security agreement.", id: "a")
/// doc.events[0].type  // .agree
/// ```
struct EventFinder {
  let analysis: Analysis
  /// The article's tokens, held directly so that rules index them without a copy.
  let tokens: [Token]

  init(analysis: Analysis) {
    self.analysis = analysis
    tokens = analysis.tokens
  }

  /// All events in the article, as drafts in text order.
  static func drafts(_ analysis: Analysis) -> [EventDraft] {
    let finder = EventFinder(analysis: analysis)
    var drafts: [EventDraft] = []
    var demands: [EventDraft] = []
    for k in analysis.tokens.indices {
      let classes = analysis.tokens[k].classes
      if classes.contains(.eventTrigger), let entries = TriggerLexicon.shared.entries[analysis.tokens[k].lower] {
        // "she warned", "warned that the backlog could take weeks": a warning
        // with no one warned reports talk; a threat has a target.
        drafts += finder.events(at: k, entries).map(finder.withoutThreatContent).filter { d in
          // "delivered a sharp retort", "gave a speech", "granted an interview": talk, not aid.
          if d.type == .aid, finder.givesTalk(after: d.trigger.upperBound) { return false }
          guard let target = d.target else {
            return !entries.contains { Self.needsTarget.contains($0.lemma) && $0.part == .verb }
          }
          // "Figures released by the board", "released a report": only people are freed.
          return !(d.type == .retreat && Self.freeingVerbs.contains(analysis.tokens[k].lower))
            || finder.isPersonLike(target)
        }
      } else if classes.contains(.eventAuxiliary), finder.isObligation(k), let demand = finder.obligation(at: k) {
        demands.append(demand)
      } else if classes.contains(.eventBeForm), let accusation = finder.blame(at: k) {
        demands.append(accusation)
      }
    }
    guard !demands.isEmpty else { return finder.deduplicated(drafts) }
    return finder.deduplicated(drafts + demands).sorted { $0.trigger.lowerBound < $1.trigger.lowerBound }
  }

  /// The events a trigger at `k` yields: noun or verb reading, by context.
  func events(at k: Int, _ entries: [TriggerEntry]) -> [EventDraft] {
    let floor = analysis.sentenceStart(of: k)
    let ceiling = analysis.sentences[analysis.sentenceOf[k]].tokens.upperBound
    // "the National Rescue Party", "Defence Cooperation Agreement": inside a name.
    if tokens[k].isCapitalized, k > floor, tokens[k - 1].kind != .quote { return [] }
    let usable = entries.filter { e in
      // "forces" is the army, never "the army forces them out".
      if e.part == .verb, e.lemma == "force", tokens[k].lower == "forces" { return false }
      // "a police station": the bare form is the noun unless "to" or an auxiliary asks for a verb.
      if e.part == .verb, e.lemma == "station", ["station", "stations"].contains(tokens[k].lower),
        k == floor || !(tokens[k - 1].lower == "to" || tokens[k - 1].classes.contains(.eventAuxiliary))
      {
        return false
      }
      // "Ferry captain jailed over collision": a headline drops the "was" of
      // a passive; with no object after it, the participle names no actor.
      if e.part == .verb, e.isParticiple, let h = analysis.headline, h.contains(k), k > floor,
        tokens[k - 1].kind == .word,
        k + 1 >= ceiling || tokens[k + 1].kind == .punct
          || (tokens[k + 1].classes.contains(.prepositions) && tokens[k + 1].lower != "by")
      {
        return false
      }
      // "will be back", "the hostages are free", "is welcome": after a form
      // of "be", such a word describes a state.
      if e.part == .verb, Self.predicativeWords.contains(tokens[k].lower), k > floor,
        tokens[k - 1].classes.contains(.eventBeForm)
      {
        return false
      }
      // "the finance minister", "a defence secretary": a word before a title
      // names the office's field.
      if k + 1 < ceiling, tokens[k + 1].classes.contains(.titles), !tokens[k + 1].isCapitalized,
        k > floor,
        tokens[k - 1].classes.contains(.determiners) || tokens[k - 1].classes.contains(.possessive)
      {
        return false
      }
      // "shot back", "fired back at critics": a retort, not gunfire.
      if e.part == .verb, ["shoot", "fire"].contains(e.lemma), k + 1 < ceiling, tokens[k + 1].lower == "back" {
        return false
      }
      // "demonstrates that it has more firepower": showing something is no protest.
      if e.part == .verb, e.lemma == "demonstrate", k + 1 < ceiling,
        tokens[k + 1].lower == "that" || tokens[k + 1].classes.contains(.determiners)
          || Lexicon.possessives.contains(tokens[k + 1].lower)
      {
        return false
      }
      // "call on", "lift sanctions", "lifted the ban": one determiner may stand between.
      guard !e.particles.isEmpty else { return true }
      // "called President Y": read as a phone call by the clause rules.
      if e.lemma == "call", k + 1 < ceiling, tokens[k + 1].isCapitalized || tokens[k + 1].classes.contains(.demonyms) {
        return true
      }
      return particle(after: k, ceiling: ceiling, in: e) != nil
    }
    let nounFirst = looksNominal(k, floor: floor)
    // A verb whose particle is present ("struck for") is more telling than the bare verb.
    let ordered = usable.filter { !$0.particles.isEmpty } + usable.filter { $0.particles.isEmpty }
    let nouns = ordered.filter { $0.part == .noun }
    // A verb form after a determiner is an adjective: "the detained leaders";
    // after "both" or "all" it is still a verb ("have both indicted").
    let adjectival =
      nounFirst && k > floor && tokens[k - 1].classes.contains(.determiners)
      && !["both", "all", "each"].contains(tokens[k - 1].lower)
    let verbs = adjectival ? [] : ordered.filter { $0.part == .verb }
    guard let entry = nounFirst ? nouns.first ?? verbs.first : verbs.first ?? nouns.first else { return [] }
    var triggerEnd = k + 1
    if let p = particle(after: k, ceiling: ceiling, in: entry) { triggerEnd = p + 1 }
    let drafts: [EventDraft]
    if entry.part == .noun {
      drafts = nominal(entry, k, floor: floor, ceiling: ceiling)
    } else if isPassive(k, entry, floor: floor) {
      drafts = passive(entry, k, triggerEnd: triggerEnd, floor: floor, ceiling: ceiling)
    } else {
      drafts = active(entry, k, triggerEnd: triggerEnd, floor: floor, ceiling: ceiling)
      // "humanitarian aid", "the visit": a form that is also a noun falls back to it.
      if drafts.isEmpty, let noun = nouns.first {
        return nominal(noun, k, floor: floor, ceiling: ceiling)
      }
    }
    return drafts
  }

  /// One event per trigger and source: the first rule to claim a trigger wins,
  /// and a verb whose object is an action noun gives way to that noun's event.
  func deduplicated(_ drafts: [EventDraft]) -> [EventDraft] {
    struct Key: Hashable {
      var type: EventType
      var source: Int
      var target: Int
    }
    var seen = Set<Key>()
    var out: [EventDraft] = []
    for d in drafts
    where seen.insert(Key(type: d.type, source: d.source.lowerBound, target: d.target?.lowerBound ?? -1)).inserted {
      out.append(d)
    }
    return out
  }
}

extension EventFinder {
  /// "warned of a strike", "threatened a walkout": what is threatened is the
  /// threat's content, not its target; only someone threatened is one.
  func withoutThreatContent(_ draft: EventDraft) -> EventDraft {
    // "threatened to shell the depot": an infinitive's object is a target;
    // so is the subject of a passive ("I was threatened").
    let verb = tokens[draft.trigger.lowerBound].lower
    guard draft.type == .threaten, verb.hasPrefix("threat") || verb.hasPrefix("warn"), let target = draft.target,
      target.lowerBound >= draft.trigger.upperBound, target.lowerBound <= draft.trigger.upperBound + 1
    else {
      return draft
    }
    let opener = target.lowerBound > 0 ? tokens[target.lowerBound - 1].lower : ""
    let content = ["of", "about"].contains(tokens[target.lowerBound].lower) || ["of", "about"].contains(opener)
    guard content || !isActorLike(headPart(target)) else { return draft }
    var out = draft
    out.target = nil
    return out
  }

  /// Whether the thing given right after an aid verb is talk: "a speech",
  /// "an interview", "a snappy retort", "few details".
  func givesTalk(after start: Int) -> Bool {
    let ceiling = analysis.sentences[analysis.sentenceOf[min(start, tokens.count - 1)]].tokens.upperBound
    var j = start
    while j < min(ceiling, start + 5), tokens[j].kind == .word, !tokens[j].classes.contains(.prepositions) {
      if Self.talkNouns.contains(tokens[j].lower) { return true }
      j += 1
    }
    return false
  }

  static let talkNouns: WordSet = [
    "speech", "speeches", "address", "retort", "reply", "answer", "interview", "interviews", "statement",
    "remarks", "talk", "lecture", "sermon", "verdict", "details", "update", "briefing", "testimony", "eulogy",
    "toast", "performance", "presentation", "keynote", "monologue", "rebuke", "lesson", "thanks", "account",
  ]

  /// Trigger verbs that, after a form of "be", are adjectives or adverbs.
  static let predicativeWords: WordSet = ["back", "free", "welcome", "open"]

  /// Verbs that report talk unless someone is addressed: "she warned", "who
  /// asked not to be named".
  static let needsTarget: WordSet = ["warn", "ask"]

  /// Forms of "release" and "free", which free people but publish things.
  static let freeingVerbs: WordSet = [
    "release", "released", "releases", "releasing", "free", "freed", "frees", "freeing",
  ]
}
