/// An entity while the article is being read: its name grows to the fullest
/// form seen, and its mentions and roles accumulate.
struct EntityDraft: Sendable {
  var name: String
  /// Lower-cased words of the name, for matching short forms.
  var words: [String]
  var type: Entity.Kind
  var roles: [String] = []
  /// Lower-cased words of all roles, for matching "the secretary".
  var roleWords: Set<String> = []
  var mentions: [Mention] = []
  var gender: PronounInfo.Gender?
  var isSpeaker = false
  /// Token index of the latest mention, for recency.
  var lastSeen = 0

  var lastName: String { words.last ?? "" }
}
