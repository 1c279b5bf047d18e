import Testing

@testable import Sayso

/// Offsets count Unicode code points, and no input crashes the engine.
struct OffsetTests {
  static let nonASCII = """
    Zoë Müller’s 🚢 crossed the strait at dawn. “The sea was calm — calmer than in 2019 👍,” Müller said. \
    Captain Łukasz Wróbel said the crossing took four hours.
    """

  @Test func quoteSpansAreCodePointOffsets() throws {
    let doc = analyze(Self.nonASCII)
    let scalars = Array(Self.nonASCII.unicodeScalars)
    let quote = try #require(doc.quote(containing: "The sea was calm"))
    for span in quote.spans {
      #expect(span.start >= 0 && span.end <= scalars.count)
    }
    let sliced = quote.spans.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    #expect(sliced.joined(separator: " ") == quote.text)
    #expect(String(String.UnicodeScalarView(scalars[quote.start..<quote.end])) == quote.text)
    // Code points, not UTF-16 units or grapheme clusters.
    #expect(quote.start == doc.offset(of: "“The sea"))
  }

  @Test func speakerAndCueOffsetsAreCodePoints() throws {
    let doc = analyze(Self.nonASCII)
    let scalars = Array(Self.nonASCII.unicodeScalars)
    let quote = try #require(doc.quote(containing: "The sea was calm"))
    let mention = try #require(quote.speakerMention)
    #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == "Müller")
    let cue = try #require(quote.cueSpan)
    #expect(String(String.UnicodeScalarView(scalars[cue.start..<cue.end])) == "said")
    for entity in doc.entities {
      for m in entity.mentions {
        #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == m.text)
      }
    }
  }

  @Test func emptyTextGivesAnEmptyDocument() {
    let doc = analyze("", id: "empty")
    #expect(doc.id == "empty")
    #expect(doc.text == "")
    #expect(doc.quotes.isEmpty)
    #expect(doc.entities.isEmpty)
    #expect(doc.title == nil)
    #expect(doc.dateline == nil)
    #expect(doc.boilerplate.isEmpty)
    #expect(doc.body.isEmpty)
  }

  @Test func whitespaceOnlyTextGivesAnEmptyDocument() {
    let doc = analyze("  \n\n\t \n")
    #expect(doc.quotes.isEmpty)
    #expect(doc.title == nil)
  }

  @Test func twoMegabyteSingleLineDoesNotCrash() {
    let sentence = "“The port is open,” Quist said, and the ships came in. "
    var text = ""
    while text.utf8.count < 2_000_000 { text += sentence }
    let doc = analyze(text)
    #expect(doc.text == text)
    #expect(!doc.quotes.isEmpty)
    let count = text.unicodeScalars.count
    #expect(doc.quotes.allSatisfy { $0.start >= 0 && $0.end <= count })
  }

  @Test(arguments: [1, 7, 42, 2024])
  func binaryLikeGarbageDoesNotCrash(seed: UInt64) {
    var state = seed
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    let specials: [Unicode.Scalar] = [
      "“", "”", "‘", "’", "\"", "'", "«", "»", "\n", "–", ":", ",", ".", "\u{0}", "\u{FFFD}", "🚢",
    ]
    var view = String.UnicodeScalarView()
    for _ in 0..<20_000 {
      let r = next()
      if r % 3 == 0 {
        view.append(specials[Int(r / 3 % UInt64(specials.count))])
      } else if let s = Unicode.Scalar(UInt32(r % 0xD7FF)) {
        view.append(s)
      }
    }
    let text = String(view)
    let doc = analyze(text)
    let count = text.unicodeScalars.count
    #expect(doc.text == text)
    #expect(doc.body.end <= count)
    for quote in doc.quotes {
      #expect(quote.start >= 0 && quote.start <= quote.end && quote.end <= count)
    }
  }
}
