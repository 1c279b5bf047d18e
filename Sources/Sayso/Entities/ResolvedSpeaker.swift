/// The outcome of resolving one attribution's speaker mention.
struct ResolvedSpeaker: Sendable {
  /// The canonical name, or the mention as written when unresolved.
  var name: String?
  /// The entity's index in the registry.
  var entity: Int?
  /// Where the mention stands.
  var mention: TextSpan?
}
