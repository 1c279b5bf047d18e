/// The open-addressing table behind ``WordTable``: every word's UTF-8 bytes
/// in one buffer, and a slot array at most half full. Built once and never
/// changed, so sharing it between threads is safe.
final class WordTableStorage: @unchecked Sendable {
  let keys: [String]
  private let bytes: UnsafeMutableBufferPointer<UInt8>
  /// For entry `e`, its bytes are `bytes[starts[e]..<starts[e + 1]]`.
  private let starts: UnsafeMutableBufferPointer<Int>
  private let hashes: UnsafeMutableBufferPointer<UInt32>
  private let slots: UnsafeMutableBufferPointer<Int32>
  private let mask: Int

  init(_ keys: [String]) {
    self.keys = keys
    var size = 16
    while size < keys.count * 2 { size *= 2 }
    mask = size - 1
    slots = .allocate(capacity: size)
    slots.initialize(repeating: -1)
    let total = keys.reduce(0) { $0 + $1.utf8.count }
    bytes = .allocate(capacity: max(1, total))
    starts = .allocate(capacity: keys.count + 1)
    hashes = .allocate(capacity: max(1, keys.count))
    var offset = 0
    for (e, key) in keys.enumerated() {
      starts[e] = offset
      for b in key.utf8 {
        bytes[offset] = b
        offset += 1
      }
      let h = Self.hash(UnsafeBufferPointer(rebasing: bytes[starts[e]..<offset]))
      hashes[e] = h
      var i = Int(h) & mask
      while slots[i] >= 0 { i = (i + 1) & mask }
      slots[i] = Int32(e)
    }
    starts[keys.count] = offset
  }

  deinit {
    bytes.deallocate()
    starts.deallocate()
    hashes.deallocate()
    slots.deallocate()
  }

  /// The entry holding `word`, or `nil`.
  func find(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
    let h = Self.hash(word)
    var i = Int(h) & mask
    while true {
      let entry = Int(slots[i])
      if entry < 0 { return nil }
      if hashes[entry] == h {
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
