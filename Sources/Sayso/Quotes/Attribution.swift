/// A quotation found by a rule, before its speaker is resolved to an entity.
struct Attribution: Sendable {
  var kind: QuoteKind
  var content: [TextSpan]
  var speaker: SpeakerMention?
  /// Token range of the cue.
  var cue: Range<Int>?
  var cueEntry: CueEntry?
  var evidence: String
  /// Index in `Analysis.quotes` of the quotation this attribution is for.
  var quote: Int?
  /// Index, among attributions, of the attribution this one is nested in.
  var parent: Int?
  /// When the speaker was carried over from an earlier attribution.
  var inheritsFrom: Int?
  /// The token where the attribution's sentence starts, for salience.
  var anchor: Int
}
