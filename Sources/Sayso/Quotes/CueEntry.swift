/// What Sayso knows about one reporting verb or phrase.
///
/// `lemma` is the dictionary form reported as `cue_lemma`; `particle` is the
/// word that must follow for phrasal cues ("point out", "call for").
struct CueEntry: Sendable, Hashable {
  /// How a cue takes its content.
  enum Frame: Sendable, Hashable {
    /// Verbs of saying: a clause follows, and "…, she said." closes a quote.
    case speech
    /// Verbs of thinking: a clause must follow ("believes that …").
    case belief
    /// Verbs whose object is the content ("urged restraint", "denied the report").
    case object
  }

  var lemma: String
  var particle: String?
  var frame: Frame

  /// Whether the cue can close a sentence after its content: "…, he added.",
  /// and "“Enough,” the captain demanded." from the verbs whose object is otherwise
  /// the content.
  var closesQuote: Bool { frame == .speech || Self.quoteClosingObjectVerbs.contains(lemma) }

  static let quoteClosingObjectVerbs: WordSet = ["demand", "urge", "question", "challenge", "mock", "accuse"]
}
