/// An event as a rule first finds it, in token ranges, before its actors
/// are coded and its context (quote, date, place) is read.
///
/// ```swift
/// EventDraft(type: .consult, source: 0..<1, target: 2..<3, trigger: 1..<2,
///            evidence: "event.subject-verb-object")
/// ```
struct EventDraft: Sendable, Hashable {
  var type: EventType
  var mode: String?
  var source: Range<Int>
  var target: Range<Int>?
  var trigger: Range<Int>
  var modality: Modality = .asserted
  var evidence: String
  /// Whether coordinated subjects act together (signing, refusing to agree):
  /// "X and Y signed" is one event between them.
  var isJoint = false
}
