/// A political event: who did what to whom, typed with PLOVER, with the
/// trigger word and the rule that found it so that every record explains
/// itself.
///
/// ```json
/// {"id": "v1", "type": "CONSULT", "mode": null,
///  "source": {"text": "Iran", "start": 0, "end": 4, "entity": null, "actor_code": "IRN GOV"},
///  "target": {"text": "Iraq", "start": 9, "end": 13, "entity": null, "actor_code": "IRQ GOV"},
///  "trigger": [14, 20], "sentence": [0, 40], "date": "2026-03-08", "location": null,
///  "modality": "asserted", "claimed_by": null, "evidence": "event.subject-verb-object"}
/// ```
public struct Event: Hashable, Sendable {
  /// A stable identifier within the document: `v1`, `v2`, …
  public var id: String
  /// The PLOVER event type.
  public var type: EventType
  /// The PLOVER mode, where the trigger determines one (e.g. "air" for an airstrike).
  public var mode: String?
  /// Who acts.
  public var source: EventArgument
  /// Who is acted on; `nil` for events without one ("troops mobilised").
  public var target: EventArgument?
  /// The word or words that name the action.
  public var trigger: TextSpan
  /// The sentence the event sits in.
  public var sentence: TextSpan
  /// The ISO date resolved from the article's date and a phrase such as "on Sunday".
  public var date: String?
  /// A place named as where the event happened.
  public var location: String?
  /// Asserted, negated, hypothetical or future.
  public var modality: Modality
  /// The id of the quotation the event is reported in: that speaker's claim.
  public var claimedBy: String?
  /// The rule that found the event, e.g. `event.passive-by`.
  public var evidence: String

  /// Creates an event.
  public init(
    id: String, type: EventType, mode: String? = nil, source: EventArgument, target: EventArgument?,
    trigger: TextSpan, sentence: TextSpan, date: String? = nil, location: String? = nil,
    modality: Modality = .asserted, claimedBy: String? = nil, evidence: String
  ) {
    self.id = id
    self.type = type
    self.mode = mode
    self.source = source
    self.target = target
    self.trigger = trigger
    self.sentence = sentence
    self.date = date
    self.location = location
    self.modality = modality
    self.claimedBy = claimedBy
    self.evidence = evidence
  }
}
