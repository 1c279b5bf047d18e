/// A noun phrase read from the tokens around a cue: where it stands, which part
/// is a name and which part states a role.
struct SpeakerMention: Sendable, Equatable {
  var kind: MentionKind
  /// All tokens of the phrase.
  var tokens: Range<Int>
  /// The tokens of the proper name, for `.name` mentions.
  var name: Range<Int>?
  /// The tokens stating a role, when the phrase carries one.
  var role: Range<Int>?
  /// A role stated in an appositive ("Okafor, the party's leader, said").
  var appositive: Range<Int>?
  /// The word the attribution rests on when it is not the phrase itself: the
  /// relative pronoun of "Okafor, who says" or "dockers who say" points at
  /// the phrase before it, which names the speaker.
  var pointer: Range<Int>?

  /// The tokens a quotation's `speaker_start`/`speaker_end` report.
  var anchor: Range<Int> { pointer ?? tokens }
}
