/// One attributed quotation: what was said, by whom, and why Sayso thinks so.
///
/// Offsets are code points into ``Document/text`` (see ``TextSpan``). When the
/// attribution interrupts a quote (`“A,” she said. “B.”`) the pieces are listed
/// in ``spans`` and ``start``/``end`` cover them all.
///
/// ```json
/// {"id": "q1", "kind": "direct", "start": 10, "end": 42, "spans": [[10, 42]],
///  "speaker": "Maria Okafor", "cue": "said", "cue_lemma": "say",
///  "evidence": "direct.after-cue", "parent": null}
/// ```
public struct Quote: Hashable, Sendable {
  /// A stable identifier within the document: `q1`, `q2`, …
  public var id: String
  /// Direct, mixed or indirect speech.
  public var kind: QuoteKind
  /// The content pieces, in text order; one piece unless interrupted.
  public var spans: [TextSpan]
  /// The content as it appears in the text, pieces joined by a space.
  public var text: String
  /// The canonical speaker: a person's fullest name, an organisation, a group,
  /// or the bare mention when it cannot be resolved. `nil` when unknown.
  public var speaker: String?
  /// The mention in the text that the attribution rests on (may be a pronoun).
  public var speakerMention: TextSpan?
  /// The id of the speaker in ``Document/entities``.
  public var speakerEntity: String?
  /// The reporting verb or phrase as written (`said`, `according to`).
  public var cue: String?
  /// Where the cue stands in the text.
  public var cueSpan: TextSpan?
  /// The dictionary form of the cue (`say`, `according to`).
  public var cueLemma: String?
  /// The id of the quote that this one is nested inside.
  public var parent: String?
  /// The name of the rule that made the attribution, such as `direct.after-cue`.
  public var evidence: String

  /// The first code point of the first piece.
  public var start: Int { spans.first?.start ?? 0 }
  /// One past the last code point of the last piece.
  public var end: Int { spans.last?.end ?? 0 }

  /// Creates a quote; see the properties for the meaning of each field.
  public init(
    id: String, kind: QuoteKind, spans: [TextSpan], text: String,
    speaker: String? = nil, speakerMention: TextSpan? = nil, speakerEntity: String? = nil,
    cue: String? = nil, cueSpan: TextSpan? = nil, cueLemma: String? = nil,
    parent: String? = nil, evidence: String
  ) {
    self.id = id
    self.kind = kind
    self.spans = spans
    self.text = text
    self.speaker = speaker
    self.speakerMention = speakerMention
    self.speakerEntity = speakerEntity
    self.cue = cue
    self.cueSpan = cueSpan
    self.cueLemma = cueLemma
    self.parent = parent
    self.evidence = evidence
  }
}
