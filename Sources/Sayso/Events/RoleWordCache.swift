/// Each entity's role words, split and lower-cased the first time an event
/// names the entity, so that an actor named in many events costs one split.
///
/// ```swift
/// var cache = RoleWordCache()
/// cache.words(of: 0, in: doc)  // [("foreign", true), ("minister", true)]
/// ```
struct RoleWordCache {
  private var words: [Int: [(word: String, capitalized: Bool)]] = [:]

  mutating func words(of entity: Int, in document: Document) -> [(word: String, capitalized: Bool)] {
    if let known = words[entity] { return known }
    let split = document.entities[entity].roles.flatMap { role in
      role.split(separator: " ").map { w in
        (EventAssembler.stripPossessive(w.lowercased()), w.first?.isUppercase ?? false)
      }
    }
    words[entity] = split
    return split
  }
}
