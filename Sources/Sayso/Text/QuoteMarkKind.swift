/// What a quotation-mark character can do: which level it belongs to and
/// whether its shape says it opens or closes.
struct QuoteMarkKind: Sendable, Equatable {
  enum Level: Sendable, Equatable { case double, single }
  enum Shape: Sendable, Equatable { case opening, closing, either }

  var level: Level
  var shape: Shape

  init?(_ c: Unicode.Scalar) {
    switch c.value {
    case 0x22: (level, shape) = (.double, .either)
    case 0x201C, 0x201E, 0xAB: (level, shape) = (.double, .opening)
    case 0x201D, 0x201F, 0xBB: (level, shape) = (.double, .closing)
    case 0x27: (level, shape) = (.single, .either)
    case 0x2018, 0x201A, 0x2039: (level, shape) = (.single, .opening)
    case 0x2019, 0x203A: (level, shape) = (.single, .closing)
    default: return nil
    }
  }
}
