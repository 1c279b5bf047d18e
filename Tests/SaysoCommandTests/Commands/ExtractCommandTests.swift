import Foundation
import Testing

@testable import SaysoCommand

/// `sayso extract` argument checks and errors.
struct ExtractCommandTests {
  @Test func missingInputFails() throws {
    var command = try ExtractCommand.parse(["does-not-exist.txt"])
    #expect(throws: SaysoError.fileNotFound("does-not-exist.txt")) { try command.run() }
  }

  @Test func zeroJobsIsRefused() throws {
    var command = try ExtractCommand.parse(["--jobs", "0", "x.txt"])
    #expect(throws: SaysoError.badOption("--jobs must be at least 1")) { try command.run() }
  }

  @Test func outermostIsOffUnlessAsked() throws {
    #expect(try ExtractCommand.parse(["x.txt"]).outermost == false)
    #expect(try ExtractCommand.parse(["--outermost", "x.txt"]).outermost == true)
  }

  @Test func unknownFormatIsAParseError() {
    #expect(throws: (any Error).self) { try ExtractCommand.parse(["--format", "xml"]) }
  }

  @Test func binaryFileFailsWithItsName() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let path = try dir.write("photo.txt", Data([0xFF, 0xD8, 0xFF, 0x00, 0x10, 0x4A, 0x46]))
    var command = try ExtractCommand.parse([path])
    #expect(throws: SaysoError.binaryInput(path)) { try command.run() }
  }
}

/// Oversized articles are reported and skipped rather than analysed for minutes.
struct OversizedArticleTests {
  @Test func articleOverTheLimitFailsTheRun() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let path = try dir.write("huge.txt", String(repeating: "The pier is closed. ", count: 60_000))
    var command = try ExtractCommand.parse([path, "--max-article-mb", "1", "--format", "jsonl"])
    #expect(throws: (any Error).self) { try command.run() }
  }

  @Test func messageNamesTheFileAndTheLimit() {
    let message = SaysoError.tooLarge(origin: "feed.jsonl:7", megabytes: 200, limit: 16).description
    #expect(message.contains("feed.jsonl:7"))
    #expect(message.contains("16 MB"))
  }
}
