/// Turns the rules' findings into the public ``Document``: numbers quotes and
/// entities, joins the pieces of an interrupted quotation, and keeps only the
/// entities worth listing.
struct DocumentAssembler {
  let analysis: Analysis
  let attributions: [Attribution]
  let speakers: [ResolvedSpeaker]
  var registry: EntityRegistry

  init(analysis: Analysis, attributions: [Attribution], speakers: [ResolvedSpeaker], registry: EntityRegistry) {
    self.analysis = analysis
    self.attributions = attributions
    self.speakers = speakers
    self.registry = registry
  }

  mutating func document(id: String, text: String, layout: Layout) -> Document {
    let kept = registry.drafts.indices.filter { keep(registry.drafts[$0]) }
    var entityID: [Int: String] = [:]
    for (n, index) in kept.enumerated() { entityID[index] = "e\(n + 1)" }
    let entities = kept.map { index -> Entity in
      let d = registry.drafts[index]
      let mentions = d.mentions.sorted { $0.start < $1.start }.map {
        Mention(start: $0.start, end: $0.end, text: analysis.text.string($0.start, $0.end))
      }
      return Entity(id: entityID[index]!, name: d.name, type: d.type, roles: d.roles, mentions: mentions)
    }
    let quotes = makeQuotes(entityID: entityID)
    var doc = Document(
      id: id, text: text, title: layout.titleSpan.map { analysis.text.string($0) }, titleSpan: layout.titleSpan,
      dateline: layout.dateline, body: layout.body, boilerplate: layout.boilerplate, quotes: quotes,
      entities: entities, warnings: analysis.warnings)
    doc.headlineSpeaker = HeadlineReader.speaker(in: layout, analysis: analysis, entities: entities)
    return doc
  }

  private func keep(_ d: EntityDraft) -> Bool {
    if d.isSpeaker { return true }
    switch d.type {
    case .person: return d.words.count > 1 || !d.roles.isEmpty || d.mentions.count > 1
    case .organisation, .place: return true
    case .group: return false
    }
  }

  private func makeQuotes(entityID: [Int: String]) -> [Quote] {
    var quotes: [Quote] = []
    var idOfAttribution: [Int: String] = [:]
    // Direct quotations by cue start: "“A,” she said. “B.”" is one quotation in
    // two pieces sharing the cue, even when a reported clause stands between.
    var directByCue: [Int: Int] = [:]
    for (i, att) in attributions.enumerated() {
      let speaker = speakers[i]
      let cueSpan = att.cue.map { analysis.span($0) }
      if att.kind == .direct, att.parent == nil, let cueSpan, let index = directByCue[cueSpan.start] {
        quotes[index].spans.append(contentsOf: att.content)
        quotes[index].text = quotes[index].spans.map { analysis.text.string($0) }.joined(separator: " ")
        idOfAttribution[i] = quotes[index].id
        continue
      }
      let id = "q\(quotes.count + 1)"
      idOfAttribution[i] = id
      quotes.append(
        Quote(
          id: id, kind: att.kind, spans: att.content,
          text: att.content.map { analysis.text.string($0) }.joined(separator: " "),
          speaker: speaker.entity.map { registry.drafts[$0].name } ?? speaker.name,
          speakerMention: speaker.mention, speakerEntity: speaker.entity.flatMap { entityID[$0] },
          cue: att.cue.map { analysis.string($0) }, cueSpan: cueSpan, cueLemma: att.cueEntry?.lemma,
          parent: att.parent.flatMap { idOfAttribution[$0] }, evidence: att.evidence))
      if att.kind == .direct, att.parent == nil, let cueSpan { directByCue[cueSpan.start] = quotes.count - 1 }
    }
    return quotes
  }
}
