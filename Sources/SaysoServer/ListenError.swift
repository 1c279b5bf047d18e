import NIOCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a server could not start listening, in words a user can act on.
///
/// ```swift
/// ListenError.describe(error, host: "127.0.0.1", port: 8080)
/// // "cannot listen on 127.0.0.1:8080: the port is in use; pick another with --port"
/// ```
public enum ListenError {
  /// A message for an error thrown while starting the server.
  public static func describe(_ error: any Error, host: String, port: Int) -> String {
    guard let io = error as? IOError else { return "cannot serve on \(host):\(port): \(error)" }
    switch io.errnoCode {
    case EADDRINUSE: return "cannot listen on \(host):\(port): the port is in use; pick another with --port"
    case EACCES: return "cannot listen on \(host):\(port): permission denied; ports below 1024 need root"
    case EADDRNOTAVAIL:
      return "cannot listen on \(host):\(port): this machine has no such address; try --host 127.0.0.1"
    default: return "cannot listen on \(host):\(port): \(io.description)"
    }
  }
}
