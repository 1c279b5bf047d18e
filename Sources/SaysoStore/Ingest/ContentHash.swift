/// A 128-bit fingerprint of an article's content, as 32 hexadecimal digits.
///
/// Ingest skips an article whose fingerprint is already stored, so running the
/// same command twice adds nothing. Two independent 64-bit hashes (FNV-1a over
/// bytes and a multiply-rotate over 8-byte words) make an accidental collision
/// between two different articles vanishingly unlikely.
///
/// ```swift
/// ContentHash.of("Ministers met on Monday.")  // "5f1c…" (32 hex digits)
/// ```
public enum ContentHash {
  /// The fingerprint of some text, over its UTF-8 bytes.
  public static func of(_ text: String) -> String {
    var copy = text
    return copy.withUTF8 { of(bytes: UnsafeRawBufferPointer($0)) }
  }

  /// The fingerprint of raw bytes, such as a web page as it was read.
  public static func of(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBytes { of(bytes: $0) }
  }

  static func of(bytes: UnsafeRawBufferPointer) -> String {
    var fnv: UInt64 = 0xcbf2_9ce4_8422_2325
    var mix: UInt64 = 0x9e37_79b9_7f4a_7c15 ^ UInt64(bytes.count)
    var i = 0
    while i + 8 <= bytes.count {
      let word = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      mix = ((mix ^ word) &* 0xff51_afd7_ed55_8ccd)
      mix = (mix << 31) | (mix >> 33)
      i += 8
    }
    var tail: UInt64 = 0
    while i < bytes.count {
      tail = (tail << 8) | UInt64(bytes[i])
      i += 1
    }
    mix = (mix ^ tail) &* 0xc4ce_b9fe_1a85_ec53
    mix ^= mix >> 29
    for byte in bytes {
      fnv = (fnv ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return hex(fnv) + hex(mix)
  }

  private static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
