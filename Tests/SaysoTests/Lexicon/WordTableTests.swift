import Testing

@testable import Sayso

/// The byte-keyed word tables behind the lexicons.
struct WordTableTests {
  @Test func findsEveryWordAndNothingElse() {
    let words = (0..<500).map { "word\($0)" } + ["said", "", "ça", "o’brien"]
    let set = WordSet(words)
    #expect(set.count == words.count)
    for w in words { #expect(set.contains(w)) }
    #expect(!set.contains("word500"))
    #expect(!set.contains("sai"))
    #expect(!set.contains("saidx"))
    #expect(!set.contains("o'brien"))
  }

  @Test func aLaterValueReplacesAnEarlierOne() {
    let table = WordTable([("said", 1), ("told", 2), ("said", 3)])
    #expect(table["said"] == 3)
    #expect(table["told"] == 2)
    #expect(table.count == 2)
    #expect(table["tell"] == nil)
  }

  @Test func looksUpFromRawBytes() {
    let table: WordTable<Int> = ["minister": 7]
    let bytes = Array("minister".utf8)
    #expect(bytes.withUnsafeBufferPointer { table[bytes: $0] } == 7)
    let other = Array("ministers".utf8)
    #expect(other.withUnsafeBufferPointer { table[bytes: $0] } == nil)
  }

  @Test func aSubstringIsLookedUpByItsText() {
    let set: WordSet = ["harbour"]
    let line = "the harbour master"
    #expect(set.contains(line.split(separator: " ")[1]))
  }
}
