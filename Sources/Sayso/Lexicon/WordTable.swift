/// A fixed map from lexicon words to values, looked up by the word's UTF-8
/// bytes; the storage behind ``WordSet`` and the per-token class look-up.
///
/// Open addressing over a table at most half full, FNV-1a hashing and a byte
/// comparison: no per-process seed to mix in and no Unicode normalisation,
/// which a `Dictionary<String, …>` pays on every look-up.
///
/// ```swift
/// let lemmas = WordTable([("said", "say"), ("told", "tell")])
/// lemmas["told"]  // "tell"
/// ```
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
  private let storage: WordTableStorage
  private let values: [Value]

  var keys: [String] { storage.keys }
  var count: Int { storage.keys.count }

  /// Builds the table; a later pair for the same word replaces an earlier one.
  init(_ pairs: some Sequence<(String, Value)>) {
    var keys: [String] = []
    var values: [Value] = []
    var index: [String: Int] = [:]
    for (word, value) in pairs {
      if let i = index[word] {
        values[i] = value
      } else {
        index[word] = keys.count
        keys.append(word)
        values.append(value)
      }
    }
    storage = WordTableStorage(keys)
    self.values = values
  }

  init(dictionaryLiteral elements: (String, Value)...) {
    self.init(elements)
  }

  /// The value of the word whose UTF-8 bytes these are: the tokenizer looks
  /// words up while it writes them, before any `String` exists.
  subscript(bytes bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    storage.find(bytes).map { values[$0] }
  }

  subscript(word: String) -> Value? {
    let entry =
      word.utf8.withContiguousStorageIfAvailable { storage.find($0) }
      ?? Array(word.utf8).withUnsafeBufferPointer {
        storage.find($0)
      }
    return entry.map { values[$0] }
  }
}
