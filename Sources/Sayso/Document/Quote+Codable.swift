// The JSON schema is flat on purpose: each field is a scalar so that the output
// feeds quote scorers and spreadsheets without reshaping.
extension Quote: Codable {
  enum CodingKeys: String, CodingKey {
    case id, kind, start, end, text, spans, speaker
    case speakerStart = "speaker_start"
    case speakerEnd = "speaker_end"
    case speakerEntity = "speaker_entity"
    case cue
    case cueStart = "cue_start"
    case cueEnd = "cue_end"
    case cueLemma = "cue_lemma"
    case parent, evidence
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let start = try c.decode(Int.self, forKey: .start)
    let end = try c.decode(Int.self, forKey: .end)
    let spans = try c.decodeIfPresent([TextSpan].self, forKey: .spans) ?? [TextSpan(start, end)]
    var speakerMention: TextSpan?
    if let s = try c.decodeIfPresent(Int.self, forKey: .speakerStart),
      let e = try c.decodeIfPresent(Int.self, forKey: .speakerEnd)
    {
      speakerMention = TextSpan(s, e)
    }
    var cueSpan: TextSpan?
    if let s = try c.decodeIfPresent(Int.self, forKey: .cueStart),
      let e = try c.decodeIfPresent(Int.self, forKey: .cueEnd)
    {
      cueSpan = TextSpan(s, e)
    }
    self.init(
      id: try c.decode(String.self, forKey: .id),
      kind: try c.decode(QuoteKind.self, forKey: .kind),
      spans: spans,
      text: try c.decodeIfPresent(String.self, forKey: .text) ?? "",
      speaker: try c.decodeIfPresent(String.self, forKey: .speaker),
      speakerMention: speakerMention,
      speakerEntity: try c.decodeIfPresent(String.self, forKey: .speakerEntity),
      cue: try c.decodeIfPresent(String.self, forKey: .cue),
      cueSpan: cueSpan,
      cueLemma: try c.decodeIfPresent(String.self, forKey: .cueLemma),
      parent: try c.decodeIfPresent(String.self, forKey: .parent),
      evidence: try c.decodeIfPresent(String.self, forKey: .evidence) ?? ""
    )
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(kind, forKey: .kind)
    try c.encode(start, forKey: .start)
    try c.encode(end, forKey: .end)
    try c.encode(text, forKey: .text)
    try c.encode(spans, forKey: .spans)
    try c.encode(speaker, forKey: .speaker)
    try c.encode(speakerMention?.start, forKey: .speakerStart)
    try c.encode(speakerMention?.end, forKey: .speakerEnd)
    try c.encode(speakerEntity, forKey: .speakerEntity)
    try c.encode(cue, forKey: .cue)
    try c.encode(cueSpan?.start, forKey: .cueStart)
    try c.encode(cueSpan?.end, forKey: .cueEnd)
    try c.encode(cueLemma, forKey: .cueLemma)
    try c.encode(parent, forKey: .parent)
    try c.encode(evidence, forKey: .evidence)
  }
}
