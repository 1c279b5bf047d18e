import Foundation

/// Turns raw bytes into text: refuses binary data, repairs invalid UTF-8 with
/// a warning, and drops a byte-order mark.
public enum TextDecoder {
  /// Decodes `data` read from `path`.
  public static func decode(_ data: Data, path: String) throws(SaysoError) -> (text: String, warnings: [String]) {
    if looksBinary(data) { throw .binaryInput(path) }
    var bytes = data
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    if let text = String(validating: bytes, as: UTF8.self) { return (text, []) }
    let repaired = String(decoding: bytes, as: UTF8.self)
    return (repaired, ["\(path): invalid UTF-8 replaced with U+FFFD"])
  }

  /// NUL bytes or many control characters in the first 8 KB mean binary data.
  static func looksBinary(_ data: Data) -> Bool {
    var control = 0
    var seen = 0
    for byte in data.prefix(8192) {
      seen += 1
      if byte == 0 { return true }
      if byte < 0x09 || (byte > 0x0D && byte < 0x20 && byte != 0x1B) { control += 1 }
    }
    return seen > 0 && control * 10 > seen
  }
}
