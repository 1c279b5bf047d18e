import Hummingbird
import SaysoStore

/// The HTTP face of a store: a JSON API under `/api`, its OpenAPI description
/// at `/openapi.yaml`, and a server-rendered web UI.
///
/// ```swift
/// let server = SaysoServer(store: try Store(path: "sayso.sqlite", readOnly: true))
/// try await server.run(host: "127.0.0.1", port: 8080)
/// ```
public struct SaysoServer: Sendable {
  /// The store the server reads.
  public let store: Store

  /// Creates a server over a store.
  public init(store: Store) { self.store = store }

  /// Every route: API, OpenAPI document and pages.
  public func router() -> Router<BasicRequestContext> {
    let router = Router()
    APIRoutes(store: store).add(to: router)
    PageRoutes(store: store).add(to: router)
    router.get("/openapi.yaml") { _, _ in
      TextResponse(OpenAPIDocument.yaml, contentType: "application/yaml; charset=utf-8")
    }
    return router
  }

  /// The application, listening on `host:port` (port 0 takes a free port).
  ///
  /// - Parameter onRunning: called with the port once the server listens.
  public func application(host: String, port: Int, onRunning: @escaping @Sendable (Int) -> Void = { _ in })
    -> some ApplicationProtocol
  {
    Application(
      router: router(),
      configuration: .init(address: .hostname(host, port: port), serverName: "sayso"),
      onServerRunning: { channel in onRunning(channel.localAddress?.port ?? port) })
  }

  /// Serves until the process is interrupted.
  public func run(host: String, port: Int, onRunning: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
    try await application(host: host, port: port, onRunning: onRunning).runService()
  }
}
