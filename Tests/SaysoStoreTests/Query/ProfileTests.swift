import Testing

@testable import SaysoStore

/// The speaker page's data and the network.
struct ProfileTests {
  @Test func profileCountsMonthsTopicsAndOutlets() throws {
    let f = try StoreFixture()
    defer { f.remove() }
    try f.add("Union leader Daniel Brandt said Lena Okafor had ignored the union.", id: "a", published: "2024-03-10")
    try f.add("“Lena Okafor must meet us,” Daniel Brandt said.", id: "b", published: "2024-04-02")
    let brandt = try #require(try f.store.speakers(name: "Brandt").items.first)
    let profile = try #require(try f.store.profile(id: brandt.id))
    #expect(profile.byMonth.map(\.label) == ["2024-03", "2024-04"])
    #expect(profile.about.first?.label == "Lena Okafor")
    #expect(profile.about.first?.count == 2)
    #expect(profile.quotedBy.first?.label == "unknown")
    #expect(try f.store.profile(id: 9999) == nil)

    let graph = try f.store.network()
    #expect(graph.links.contains { $0.source == brandt.id && $0.weight == 2 })
  }
}
