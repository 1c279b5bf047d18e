import Foundation
import Sayso
import Testing

@testable import SaysoCommand

/// Output formats and the order of parallel results.
struct OutputTests {
  let sample = "“We sail at dawn,” Captain Ines Moreau said. “The weather will hold.”"

  @Test func jsonRoundTripsToTheSameDocument() throws {
    let doc = Engine().analyze(sample, id: "s1")
    let json = OutputFormat.json.render(doc)
    let decoded = try JSONDecoder().decode(Document.self, from: Data(json.utf8))
    #expect(decoded == doc)
  }

  @Test func jsonlIsOneLineWithFlatQuoteFields() throws {
    let doc = Engine().analyze(sample, id: "s1")
    let line = OutputFormat.jsonl.render(doc)
    #expect(!line.contains("\n"))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(object["doc_id"] as? String == "s1")
    let quotes = try #require(object["quotes"] as? [[String: Any]])
    let first = try #require(quotes.first)
    for key in ["start", "end", "speaker", "speaker_start", "cue", "cue_lemma", "evidence", "parent"] {
      #expect(first.keys.contains(key), "missing \(key)")
    }
  }

  @Test func textFormatShowsSpeakerAndQuote() {
    let doc = Engine().analyze(sample, id: "s1")
    let text = OutputFormat.text.render(doc)
    #expect(text.contains("Ines Moreau"))
    #expect(text.contains("We sail at dawn"))
  }

  @Test func parallelRunKeepsInputOrder() {
    let articles = (0..<40).map { n in
      Article(id: "a\(n)", text: "“Item \(n) is ready,” the clerk said.", origin: "test")
    }
    let docs = ParallelRunner(jobs: 4).run(articles)
    #expect(docs.map(\.id) == articles.map(\.id))
    #expect(docs.allSatisfy { $0.quotes.count == 1 })
  }
}

/// The fast JSON-lines writer agrees with the `Codable` schema.
struct JSONLineWriterTests {
  @Test func lineDecodesToTheSameDocument() throws {
    let text = """
      Harbour Talks: Okafor

      PORT ELLIS (Coastline News) – “We will sign,” Minister Grace Okafor said.\r\n\
      Zoë’s café said: “Tabs\there, \\"escaped\\" and 🚢 too.”

      More in World
      """
    let doc = Engine().analyze(text, id: "w1")
    let line = JSONLineWriter.line(doc)
    #expect(!line.contains("\n"))
    let decoded = try JSONDecoder().decode(Document.self, from: Data(line.utf8))
    #expect(decoded == doc)
  }

  @Test func controlCharactersAreEscaped() {
    #expect(JSONObject.quoted("a\u{01}b\"c\\") == "\"a\\u0001b\\\"c\\\\\"")
  }
}
