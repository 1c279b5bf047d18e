import Foundation
import Testing

@testable import SaysoCommand

/// Reading articles from text and JSONL files.
struct ArticleReaderTests {
  @Test func jsonLinesGiveOneArticleEach() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let path = try dir.write(
      "batch.jsonl",
      """
      {"doc_id": "one", "text": "First story."}

      {"doc_id": "two", "text": "Second story."}
      """)
    var reader = ArticleReader([.jsonLines(path)])
    let first = try #require(try reader.next())
    let second = try #require(try reader.next())
    #expect(first.id == "one" && first.text == "First story.")
    #expect(second.id == "two")
    #expect(try reader.next() == nil)
  }

  @Test func badJSONLineNamesFileAndLine() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let path = try dir.write("bad.jsonl", "{\"doc_id\": \"ok\", \"text\": \"Fine.\"}\n{not json\n")
    var reader = ArticleReader([.jsonLines(path)])
    _ = try reader.next()
    #expect(throws: SaysoError.badJSONLine(path: path, line: 2, reason: "not a JSON object")) {
      try reader.next()
    }
  }

  @Test func lineWithoutTextIsAnError() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let path = try dir.write("notext.jsonl", "{\"doc_id\": \"x\"}\n")
    var reader = ArticleReader([.jsonLines(path)])
    #expect(throws: SaysoError.badJSONLine(path: path, line: 1, reason: "missing \"text\"")) {
      try reader.next()
    }
  }

  @Test func textFileIsOneArticleNamedAfterTheFile() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let path = try dir.write("harbour.story.txt", "“We sail at dawn,” the captain said.")
    var reader = ArticleReader([.textFile(path)])
    let article = try #require(try reader.next())
    #expect(article.id == "harbour")
    #expect(article.origin == path)
  }
}
