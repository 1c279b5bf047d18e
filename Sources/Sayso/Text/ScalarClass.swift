// ASCII is classified by hand; Unicode properties are looked up only above 0x7F,
// where they are needed and where their cost is paid rarely.
extension Unicode.Scalar {
  @inline(__always) var isSpaceLike: Bool {
    switch value {
    case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return true
    case 0..<0x80: return false
    // Zero-width and bidirectional format marks, which scraped pages leave
    // next to quotation marks, separate tokens like spaces.
    case 0xA0, 0x2000...0x200F, 0x2028...0x202F, 0x205F...0x2064, 0x2066...0x2069, 0x3000, 0xFEFF: return true
    default: return false
    }
  }

  var isNewline: Bool {
    value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 || value == 0x85
  }

  @inline(__always) var isLetterLike: Bool {
    switch value {
    case 0x41...0x5A, 0x61...0x7A: return true
    case 0..<0x80: return false
    default: return properties.isAlphabetic
    }
  }

  @inline(__always) var isDigitLike: Bool {
    if value < 0x80 { return value >= 0x30 && value <= 0x39 }
    return properties.numericType != nil
  }

  @inline(__always) var isWordChar: Bool { isLetterLike || isDigitLike }

  @inline(__always) var isUpperLike: Bool {
    switch value {
    case 0x41...0x5A: return true
    case 0..<0x80: return false
    default: return properties.isUppercase
    }
  }

  /// Apostrophe-like marks that may also be single quotation marks.
  var isApostropheLike: Bool { value == 0x27 || value == 0x2019 || value == 0x2018 || value == 0x02BC }

  var isHyphenLike: Bool { value == 0x2D || value == 0x2010 || value == 0x2011 }
}
