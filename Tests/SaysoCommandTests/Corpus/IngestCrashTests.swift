import Foundation
import SaysoStore
import Testing

/// `kill -9` in the middle of `sayso ingest` loses nothing that was committed,
/// and running the same command again finishes the job without duplicates.
struct IngestCrashTests {
  /// The `sayso` executable built beside the test bundle.
  static let binary: String? = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [
      beside.appendingPathComponent("sayso").path,
      beside.deletingLastPathComponent().appendingPathComponent("sayso").path,
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  /// Many short, distinct articles, each with one quote.
  static func corpus(_ count: Int) -> String {
    (0..<count).map { i in
      let text = "Dock \(i) Reopens\\n\\n“Berth \(i) is open again,” harbour chief Ona Velez said on day \(i)."
      return "{\"doc_id\": \"dock-\(i)\", \"published\": \"2024-05-01\", \"text\": \"\(text)\"}"
    }.joined(separator: "\n") + "\n"
  }

  func ingest(_ input: String, db: String) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(Self.binary, "the sayso executable is not built"))
    process.arguments = ["ingest", input, "--db", db, "--batch", "10", "--jobs", "1"]
    process.standardError = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    return process
  }

  // Synchronous on purpose: an async test waiting on `Task.sleep` may not be
  // resumed until the ingest is over when other tests fill the thread pool.
  @Test func killedIngestResumesWithoutLossOrDuplicates() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let total = 3000
    let input = try dir.write("docks.jsonl", Self.corpus(total))
    let db = dir.path + "/docks.sqlite"

    let first = try ingest(input, db: db)
    var committed = 0
    var lastError = ""
    for _ in 0..<4000 where committed < 40 {
      usleep(5000)
      do { committed = try Store(path: db, readOnly: true).stats().articles } catch { lastError = error.description }
    }
    kill(first.processIdentifier, SIGKILL)
    first.waitUntilExit()
    #expect(first.terminationReason == .uncaughtSignal)

    let afterKill = try Store(path: db).stats()
    #expect(afterKill.articles >= committed)
    #expect(afterKill.articles < total, "the ingest finished before it could be killed (\(lastError))")
    // Whole batches only: every stored article has its quote.
    #expect(afterKill.quotes == afterKill.articles)

    let second = try ingest(input, db: db)
    second.waitUntilExit()
    #expect(second.terminationStatus == 0)
    let final = try Store(path: db).stats()
    #expect(final.articles == total)
    #expect(final.quotes == total)
    #expect(final.speakers == 1)
  }
}
