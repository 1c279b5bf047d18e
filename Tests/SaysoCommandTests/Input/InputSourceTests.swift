import Foundation
import Testing

@testable import SaysoCommand

/// Expanding command-line inputs into files to read.
struct InputSourceTests {
  @Test func missingFileIsAnError() {
    #expect(throws: SaysoError.fileNotFound("no/such/file.txt")) {
      try InputSource.expand(["no/such/file.txt"])
    }
  }

  @Test func noInputMeansStandardInput() throws {
    #expect(try InputSource.expand([]) == [.standardInput])
    #expect(try InputSource.expand(["-"]) == [.standardInput])
  }

  @Test func directoryIsWalkedForTextAndJSONLInNameOrder() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let b = try dir.write("b.txt", "Second.")
    let a = try dir.write("sub/a.jsonl", "{\"doc_id\": \"x\", \"text\": \"First.\"}\n")
    try dir.write("notes.md", "ignored")
    let sources = try InputSource.expand([dir.path])
    #expect(sources == [.textFile(b), .jsonLines(a)])
  }

  @Test func directoryWithoutArticlesIsAnError() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    try dir.write("image.png", Data([0x89, 0x50]))
    #expect(throws: SaysoError.noArticles(dir.path)) { try InputSource.expand([dir.path]) }
  }

  @Test func documentIDIsTheBaseNameWithoutExtensions() {
    #expect(InputSource.documentID(for: "/news/2026/harbour-talks.txt") == "harbour-talks")
    #expect(InputSource.documentID(for: "crawl.warc.gz") == "crawl")
  }
}
