/// Who talks about whom: the most quoted speakers, linked to the people,
/// organisations and places named in their quotes.
///
/// ```swift
/// let graph = try store.network(speakers: 100)
/// print(graph.nodes.count, graph.links.count)
/// ```
public struct NetworkGraph: Sendable, Equatable, Codable {
  /// A speaker or an entity they mention.
  public struct Node: Sendable, Equatable, Codable {
    /// The corpus id, name and type.
    public var id: Int64
    public var name: String
    public var type: String
    /// Quotes attributed to it (0 for entities only mentioned).
    public var quotes: Int
  }

  /// A speaker naming an entity in `weight` quotes.
  public struct Link: Sendable, Equatable, Codable {
    /// The speaker's id and the mentioned entity's id.
    public var source: Int64
    public var target: Int64
    /// How many quotes.
    public var weight: Int
  }

  /// Speakers and the entities they mention.
  public var nodes: [Node]
  /// Speaker → mentioned entity.
  public var links: [Link]
}
