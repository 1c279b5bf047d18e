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
}
