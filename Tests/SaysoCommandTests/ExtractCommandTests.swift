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
