/// The open-addressing table behind ``WordTable``: every word's UTF-8 bytes
/// in one buffer, and a slot array at most half full. Each slot holds the
/// word's hash beside its entry number, so that a probe reads one slot and
/// touches the bytes only when the hashes agree. Built once and never
/// changed, so sharing it between threads is safe.
final class WordTableStorage: @unchecked Sendable {
  let keys: [String]
  private let bytes: UnsafeMutableBufferPointer<UInt8>
  /// For entry `e`, its bytes are `bytes[starts[e]..<starts[e + 1]]`.
  private let starts: UnsafeMutableBufferPointer<Int>
  /// `hash << 32 | (entry + 1)`, or 0 for an empty slot.
  private let slots: UnsafeMutableBufferPointer<UInt64>
  private let mask: Int

  init(_ keys: [String]) {
    self.keys = keys
    var size = 16
    while size < keys.count * 2 { size *= 2 }
    mask = size - 1
    slots = .allocate(capacity: size)
    slots.initialize(repeating: 0)
    let total = keys.reduce(0) { $0 + $1.utf8.count }
    bytes = .allocate(capacity: max(1, total))
    starts = .allocate(capacity: keys.count + 1)
    var offset = 0
    for (e, key) in keys.enumerated() {
      starts[e] = offset
      for b in key.utf8 {
        bytes[offset] = b
        offset += 1
      }
      let h = Self.hash(UnsafeBufferPointer(rebasing: bytes[starts[e]..<offset]))
      var i = Int(h) & mask
      while slots[i] != 0 { i = (i + 1) & mask }
      slots[i] = UInt64(h) << 32 | UInt64(e + 1)
    }
    starts[keys.count] = offset
  }

  deinit {
    bytes.deallocate()
    starts.deallocate()
    slots.deallocate()
  }

  /// The entry holding `word`, or `nil`.
  func find(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
    let h = Self.hash(word)
    var i = Int(h) & mask
    while true {
      let slot = slots[i]
      if slot == 0 { return nil }
      if UInt32(truncatingIfNeeded: slot >> 32) == h {
        let entry = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
        let start = starts[entry]
        if starts[entry + 1] - start == word.count, memoryEqual(start, word) { return entry }
      }
      i = (i + 1) & mask
    }
  }

  private func memoryEqual(_ start: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
    var k = 0
    while k < word.count {
      if bytes[start + k] != word[k] { return false }
      k += 1
    }
    return true
  }

  /// FNV-1a, with a final mix so that the low bits used for the slot vary.
  static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var h: UInt32 = 2_166_136_261
    for b in word { h = (h ^ UInt32(b)) &* 16_777_619 }
    h ^= h >> 15
    return h &* 0x2C1B_3C6D
  }
}
