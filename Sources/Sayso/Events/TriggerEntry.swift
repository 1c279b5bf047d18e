/// One word form that names a political action, with what it says about the
/// event: its PLOVER type, its mode, and how it sits in the clause.
///
/// ```swift
/// let e = TriggerLexicon.shared.entries["assassinated"]?.first
/// e?.type  // .assault
/// e?.mode  // "assassinate"
/// ```
struct TriggerEntry: Sendable, Hashable {
  enum Part: UInt8, Sendable, Hashable { case verb, noun }
  /// Which inflection of its lemma the form is; passives need the participle.
  enum Form: UInt8, Sendable, Hashable { case base, third, past, participle, pastOrParticiple, gerund, plural }

  var type: EventType
  var lemma: String
  var part: Part
  var form: Form
  var mode: String?
  /// Words of which one must follow for the form to be a trigger: "call on",
  /// "pull out", "fire at". Empty when the word is a trigger by itself.
  var particles: [String] = []

  /// Whether the form can follow "was" or "were" in a passive.
  var isParticiple: Bool { form == .participle || form == .pastOrParticiple }
}
