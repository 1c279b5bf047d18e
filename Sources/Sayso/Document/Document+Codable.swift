// Keys are snake_case and every field is always present (null when empty) so
// that consumers in other languages see one stable shape.
extension Document: Codable {
  enum CodingKeys: String, CodingKey {
    case id = "doc_id"
    case text, title
    case titleSpan = "title_span"
    case dateline, body, boilerplate
    case headlineSpeaker = "headline_speaker"
    case quotes, entities, events, warnings
    case url
    case siteName = "site_name"
    case authors, published, language
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let text = try c.decode(String.self, forKey: .text)
    self.init(
      id: try c.decode(String.self, forKey: .id),
      text: text,
      title: try c.decodeIfPresent(String.self, forKey: .title),
      titleSpan: try c.decodeIfPresent(TextSpan.self, forKey: .titleSpan),
      dateline: try c.decodeIfPresent(Dateline.self, forKey: .dateline),
      body: try c.decodeIfPresent(TextSpan.self, forKey: .body)
        ?? TextSpan(0, text.unicodeScalars.count),
      boilerplate: try c.decodeIfPresent([Boilerplate].self, forKey: .boilerplate) ?? [],
      headlineSpeaker: try c.decodeIfPresent(HeadlineSpeaker.self, forKey: .headlineSpeaker),
      quotes: try c.decodeIfPresent([Quote].self, forKey: .quotes) ?? [],
      entities: try c.decodeIfPresent([Entity].self, forKey: .entities) ?? [],
      events: try c.decodeIfPresent([Event].self, forKey: .events) ?? [],
      warnings: try c.decodeIfPresent([String].self, forKey: .warnings) ?? [],
      source: try SourceInfo(from: decoder)
    )
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(text, forKey: .text)
    try c.encode(title, forKey: .title)
    try c.encode(titleSpan, forKey: .titleSpan)
    try c.encode(dateline, forKey: .dateline)
    try c.encode(body, forKey: .body)
    try c.encode(boilerplate, forKey: .boilerplate)
    try c.encode(headlineSpeaker, forKey: .headlineSpeaker)
    try c.encode(quotes, forKey: .quotes)
    try c.encode(entities, forKey: .entities)
    try c.encode(events, forKey: .events)
    try c.encode(warnings, forKey: .warnings)
    // Source fields sit at the top level beside `doc_id`, as readers expect.
    try source.encode(to: encoder)
  }
}
