/// A fixed set of lexicon words with a membership test built for the engine's
/// hot loops.
///
/// The rules ask "is this word on that list?" a dozen times per token. A
/// `Set<String>` answers with a seeded SipHash over the word, which costs more
/// than the rest of the test; this set hashes the word's UTF-8 bytes with
/// FNV-1a and compares bytes, about three times faster for the short words of
/// news text. Words are compared by their UTF-8 bytes, not by canonical
/// equivalence, which is right for lexicon words and lower-cased tokens.
///
/// ```swift
/// let titles: WordSet = ["president", "minister"]
/// titles.contains("minister")  // true
/// ```
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
  private let table: WordTable<Bool>

  init(_ words: some Sequence<String>) {
    table = WordTable(words.map { ($0, true) })
  }

  init(arrayLiteral words: String...) {
    self.init(words)
  }

  func contains(_ word: String) -> Bool { table[word] != nil }

  func contains(_ word: Substring) -> Bool { table[String(word)] != nil }

  var count: Int { table.count }
  var isEmpty: Bool { table.count == 0 }

  func makeIterator() -> IndexingIterator<[String]> { table.keys.makeIterator() }

  func union(_ other: some Sequence<String>) -> WordSet { WordSet(Array(self) + Array(other)) }
}
