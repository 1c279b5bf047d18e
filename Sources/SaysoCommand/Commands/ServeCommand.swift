import ArgumentParser
import Foundation
import SaysoServer
import SaysoStore

/// `sayso serve`: the JSON API and the web UI over a database.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve the JSON API (/api/...), its OpenAPI document (/openapi.yaml) and the web UI.",
    discussion: "The database is opened read-only; an ingest may add to it while the server runs."
  )

  @OptionGroup var store: StoreOptions

  @Option(help: "The address to listen on.")
  var host: String = "127.0.0.1"

  @Option(help: "The port to listen on (0 picks a free one).")
  var port: Int = 8080

  func run() async throws {
    guard (0...65535).contains(port) else { throw SaysoError.badOption("--port must be between 0 and 65535") }
    let server = SaysoServer(store: try store.openForReading())
    let db = store.db
    let host = host
    do {
      try await server.run(host: host, port: port) { port in
        // Written at once: a script waiting for this line may read it through a pipe.
        FileHandle.standardOutput.write(Data("serving \(db) on http://\(host):\(port)/ (Ctrl-C stops)\n".utf8))
      }
    } catch {
      throw SaysoError.badOption(ListenError.describe(error, host: host, port: port))
    }
  }
}
