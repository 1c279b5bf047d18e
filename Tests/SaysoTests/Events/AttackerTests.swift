import Testing

@testable import Sayso

/// Who carried out an attack named by a noun: a name before it, and the
/// killing it caused.
struct AttackerTests {
  @Test func aNamedAttackKillsForItsAttacker() {
    let doc = analyzeEvents("A Hezbollah attack on an army post has killed at least four soldiers.")
    let assaults = doc.events.filter { $0.type == .assault }
    #expect(assaults.contains { $0.source.text == "Hezbollah" && $0.target?.text == "an army post" })
    #expect(assaults.contains { $0.source.text == "Hezbollah" && $0.target?.text == "four soldiers" })
    #expect(!assaults.contains { $0.source.text.contains("post") })
  }

  @Test func aSummitNamesNoOneActing() {
    let doc = analyzeEvents("The Egyptian president attended a NATO summit in Brussels on Monday.")
    #expect(!doc.events.contains { $0.source.text == "NATO" })
  }

  @Test func coordinatedModifiersStayInsideTheNounPhrase() throws {
    let doc = analyzeEvents("Soon after the withdrawal, Ankara commenced air and ground assaults on Kurdish fighters.")
    let e = try #require(doc.event(.assault))
    #expect(e.source.text == "Ankara")
    #expect(e.target?.text == "Kurdish fighters")
  }

  @Test func retakingAVillageIsAnAssault() throws {
    let doc = analyzeEvents("Government forces have retaken a village near the border after heavy fighting.")
    let e = try #require(doc.event(.assault))
    #expect(e.source.text == "Government forces")
  }

  @Test func theActorInsideAnAttackThatKillsIsTheSource() throws {
    let doc = analyzeEvents("Israeli drone strikes killed eight militants near the border.")
    let e = try #require(doc.events.first { $0.target?.text == "eight militants" })
    #expect(e.source.text == "Israeli drone")
  }

  @Test func aGovernmentsShellingKillsAsTheGovernment() throws {
    let doc = analyzeEvents("Iraqi government shelling killed one Turkish soldier and wounded another.")
    let e = try #require(doc.events.first { $0.target?.text == "one Turkish soldier" })
    #expect(e.source.text == "Iraqi government")
    #expect(!doc.events.contains { $0.target?.text.hasPrefix("killed") == true })
  }

  @Test func twoVerbsShareTheirObject() throws {
    let doc = analyzeEvents("The Israeli army has shot and killed 30 Palestinian demonstrators.")
    let e = try #require(doc.event(.assault))
    #expect(e.target?.text == "30 Palestinian demonstrators")
  }

  @Test func rebelsFightingToToppleAGovernmentAttackIt() throws {
    let doc = analyzeEvents("The president agreed a truce with rebels fighting to topple his government.")
    #expect(
      doc.events.contains { $0.type == .assault && $0.source.text == "rebels" && $0.target?.text == "his government" })
  }

  @Test func workersStrikingNothingProtest() throws {
    let doc = analyzeEvents("The dock workers struck on Monday after talks broke down.")
    let e = try #require(doc.events.first)
    #expect(e.type == .protest)
    #expect(e.mode == "strike")
  }

  @Test func forcesStrikingNothingStillAttack() {
    let doc = analyzeEvents("Israeli jets struck overnight near the border.")
    #expect(doc.events.allSatisfy { $0.type != .protest })
  }
}
