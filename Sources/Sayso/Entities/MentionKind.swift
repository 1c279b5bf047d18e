/// The shape of a noun phrase that can stand for a speaker.
enum MentionKind: Sendable, Equatable {
  /// A proper name, possibly after a role: "Parliament Speaker Nabih Berri".
  case name
  /// A personal pronoun: "he", "they".
  case pronoun
  /// A describing phrase for one person: "the secretary", "a senior official".
  case description
  /// An organisation: "the ministry", "the State Department".
  case organisation
  /// A group of people or sources: "officials", "media outlets".
  case group
}
