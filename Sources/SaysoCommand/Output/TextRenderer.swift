import Sayso

/// Renders a document for reading in a terminal: the headline, then each
/// quotation with its kind, speaker, cue and rule.
enum TextRenderer {
  static func render(_ doc: Document) -> String {
    var out = "# \(doc.id)"
    if let title = doc.title { out += ": \(title)" }
    out += "\n"
    if let d = doc.dateline {
      let parts = [d.place, d.source.map { "(\($0))" }].compactMap { $0 }
      out += "  dateline: \(parts.joined(separator: " "))\n"
    }
    if let h = doc.headlineSpeaker { out += "  headline speaker: \(h.name)\n" }
    for q in doc.quotes {
      let indent = q.parent == nil ? "" : "    "
      let who = q.speaker ?? "(unknown)"
      let cue = q.cue.map { " — \($0)" } ?? ""
      out += "\(indent)[\(q.id) \(q.kind.rawValue)] \(who)\(cue)  {\(q.evidence)}\n"
      out += "\(indent)    \(q.text.replacingNewlines())\n"
    }
    if doc.quotes.isEmpty { out += "  (no quotations)\n" }
    for e in doc.events {
      func actor(_ a: EventArgument?) -> String {
        guard let a else { return "—" }
        return a.actorCode.map { "\(a.text) [\($0)]" } ?? a.text
      }
      var notes = [e.modality == .asserted ? nil : e.modality.rawValue, e.claimedBy.map { "claimed by \($0)" }, e.date]
        .compactMap { $0 }.joined(separator: ", ")
      if !notes.isEmpty { notes = " (\(notes))" }
      out += "[\(e.id) \(e.type.rawValue)] \(actor(e.source)) → \(actor(e.target))\(notes)  {\(e.evidence)}\n"
    }
    for w in doc.warnings { out += "  warning: \(w)\n" }
    return out
  }
}

extension String {
  fileprivate func replacingNewlines() -> String {
    String(unicodeScalars.map { $0 == "\n" ? " " : Character($0) })
  }
}
