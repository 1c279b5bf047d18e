import Glibc
import NIOCore
import SaysoServer
import Testing

/// Messages for a server that cannot start.
struct ListenErrorTests {
  @Test func portInUseSaysWhatToDo() {
    let message = ListenError.describe(IOError(errnoCode: EADDRINUSE, reason: "bind"), host: "127.0.0.1", port: 8080)
    #expect(message == "cannot listen on 127.0.0.1:8080: the port is in use; pick another with --port")
  }

  @Test func otherErrorsNameTheAddress() {
    struct Odd: Error {}
    #expect(ListenError.describe(Odd(), host: "::1", port: 9).contains("::1:9"))
  }
}
