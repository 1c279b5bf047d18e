import Testing

@testable import SaysoIntake

/// Gzip in memory and streamed.
struct GzipTests {
  let text = Array(String(repeating: "The harbour wall held. ", count: 2000).utf8)

  @Test func roundTripAndConcatenatedMembers() throws {
    let one = Gzip.compress(text)
    #expect(Gzip.isGzip(one))
    #expect(try Gzip.decompress(one, path: "a.gz") == text)
    #expect(try Gzip.decompress(one + one, path: "a.gz") == text + text)
  }

  @Test func truncatedGzipNamesFileAndOffset() {
    let cut = Array(Gzip.compress(text).dropLast(10))
    #expect(throws: IntakeError.truncatedGzip(path: "cut.gz", offset: cut.count)) {
      try Gzip.decompress(cut, path: "cut.gz")
    }
  }

  @Test func corruptGzipIsAnError() {
    var bad = Gzip.compress(text)
    for i in 12..<40 { bad[i] ^= 0x5A }
    #expect(throws: (any Error).self) { try Gzip.decompress(bad, path: "bad.gz") }
  }

  @Test func limitStopsAGzipBomb() {
    let zeros = Gzip.compress([UInt8](repeating: 0, count: 1 << 20))
    #expect(throws: (any Error).self) { try Gzip.decompress(zeros, path: "bomb.gz", limit: 1000) }
  }
}
