import Testing

@testable import Sayso

/// Random soups of the words and marks the rules look at, from a fixed seed:
/// every rule must survive text that is not English at all, and keep its
/// offsets inside the text.
struct TokenSoupTests {
  static let words = [
    "while", "although", "as", "he", "she", "said", "says", "told", "the", "report", "has", "shows", "polls",
    "“", "”", "‘", "’", ",", ".", "Okafor", "Ruiz", "left", "right", "and", "attends", "meeting", "of",
    "released", "two", "to", "Red", "Cross", "hit", "was", "by", "In", "May", "2019", "army", "--", "(Reuters)",
    "agreed", "set", "up", "centre", "in", "Egypt", "even", "though", "that", "\n\n", "took", "part", "trained",
    "forces", "held", "were", "freed", ":", "?", "\"", "'", "—", "who", "which", "(", ")", "according", "talks",
    "between", "among", "with", "arrested", "police", "minister", "President", "saying", "it", "not", "will",
    "urged", "visit", "its", "-", "Iran’s", "killed", "10", "on", "Monday", "after", "if", "or", "but", "attack",
    "met", "signed", "threatened",
  ]

  /// A small linear congruential generator, so that the soups are the same on every run.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  @Test func soupsNeverBreakTheEngine() {
    var generator = Generator(state: 2026)
    let engine = Engine(countries: testCountries)
    for _ in 0..<1_500 {
      let count = generator.next(90)
      let text = (0..<count).map { _ in Self.words[generator.next(Self.words.count)] }.joined(separator: " ")
      let doc = engine.analyze(text, id: "soup")
      let length = text.unicodeScalars.count
      for quote in doc.quotes {
        #expect(0 <= quote.start && quote.start <= quote.end && quote.end <= length)
      }
      for event in doc.events {
        #expect(event.source.start <= event.source.end && event.source.end <= length)
        #expect(event.trigger.end <= length && event.sentence.end <= length)
      }
    }
  }
}
