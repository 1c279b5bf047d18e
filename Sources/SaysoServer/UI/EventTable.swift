import Sayso
import SaysoStore

/// Events as a table: date, type, who, to whom, modality, and the claim or
/// sentence behind it.
enum EventTable {
  /// Events from the store, for the timeline.
  static func render(_ events: [EventRow]) -> String {
    guard !events.isEmpty else { return "<p class=\"muted\">No events match.</p>" }
    var rows = ""
    for e in events {
      let claim = e.claimedBySpeaker.map { "claimed by " + HTML.escape($0) } ?? ""
      rows += """
        <tr><td>\(HTML.escape(e.date ?? e.published ?? ""))</td><td><b>\(e.type)</b></td>\
        <td>\(actor(e.source.text, e.source.code))</td><td>\(e.target.map { actor($0.text, $0.code) } ?? "")</td>\
        <td>\(e.modality)</td><td class="muted">\(HTML.escape(e.sentence)) \(claim) \
        <a href="/articles/\(e.articleID)">\(HTML.escape(e.title ?? e.docID))</a></td></tr>
        """
    }
    return header + rows + "</tbody></table>"
  }

  /// Events of one document, for its article page.
  static func render(_ events: [Event]) -> String {
    guard !events.isEmpty else { return "<p class=\"muted\">No events found.</p>" }
    var rows = ""
    for e in events {
      let claim = e.claimedBy.map { "claimed in \($0)" } ?? ""
      rows += """
        <tr><td>\(HTML.escape(e.date ?? ""))</td><td><b>\(e.type.rawValue)</b></td>\
        <td>\(actor(e.source.text, e.source.actorCode))</td>\
        <td>\(e.target.map { actor($0.text, $0.actorCode) } ?? "")</td><td>\(e.modality.rawValue)</td>\
        <td class="muted">\(HTML.escape(e.evidence)) \(claim)</td></tr>
        """
    }
    return header + rows + "</tbody></table>"
  }

  static let header =
    "<table class=\"events\"><thead><tr><th>date</th><th>type</th><th>source</th><th>target</th>"
    + "<th>modality</th><th>evidence</th></tr></thead><tbody>"

  static func actor(_ text: String, _ code: String?) -> String {
    HTML.escape(text) + (code.map { " <span class=\"code\">\(HTML.escape($0))</span>" } ?? "")
  }
}
