// Keys are snake_case and every field is always present (null when empty),
// like the rest of the document.
extension Event: Codable {
  enum CodingKeys: String, CodingKey {
    case id, type, mode, source, target, trigger, sentence, date, location, modality
    case claimedBy = "claimed_by"
    case evidence
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try c.decode(String.self, forKey: .id),
      type: try c.decode(EventType.self, forKey: .type),
      mode: try c.decodeIfPresent(String.self, forKey: .mode),
      source: try c.decode(EventArgument.self, forKey: .source),
      target: try c.decodeIfPresent(EventArgument.self, forKey: .target),
      trigger: try c.decode(TextSpan.self, forKey: .trigger),
      sentence: try c.decode(TextSpan.self, forKey: .sentence),
      date: try c.decodeIfPresent(String.self, forKey: .date),
      location: try c.decodeIfPresent(String.self, forKey: .location),
      modality: try c.decodeIfPresent(Modality.self, forKey: .modality) ?? .asserted,
      claimedBy: try c.decodeIfPresent(String.self, forKey: .claimedBy),
      evidence: try c.decode(String.self, forKey: .evidence))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(type, forKey: .type)
    try c.encode(mode, forKey: .mode)
    try c.encode(source, forKey: .source)
    try c.encode(target, forKey: .target)
    try c.encode(trigger, forKey: .trigger)
    try c.encode(sentence, forKey: .sentence)
    try c.encode(date, forKey: .date)
    try c.encode(location, forKey: .location)
    try c.encode(modality, forKey: .modality)
    try c.encode(claimedBy, forKey: .claimedBy)
    try c.encode(evidence, forKey: .evidence)
  }
}
