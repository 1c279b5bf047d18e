import Foundation

/// Buffers standard output and writes it in large blocks; warnings go to
/// standard error at once.
final class OutputWriter {
  private var buffer = ""

  func write(_ s: String) {
    buffer += s
    if buffer.utf8.count > 1 << 20 { flush() }
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    FileHandle.standardOutput.write(Data(buffer.utf8))
    buffer = ""
  }

  func warn(_ s: String) {
    FileHandle.standardError.write(Data("warning: \(s)\n".utf8))
  }
}
