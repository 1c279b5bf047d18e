/// The article text as an array of Unicode scalars, so that every offset Sayso
/// reports is a code-point index (the way Python indexes a `str`).
///
/// Building a `String` is costly in a hot loop; stages read scalars and call
/// ``string(_:)`` only for what they keep.
struct ScalarText: Sendable {
  let scalars: [Unicode.Scalar]

  init(_ text: String) {
    var text = text
    // A String's UTF-8 is valid by construction, so decoding needs no checks;
    // one pass over the bytes is several times faster than `Array(unicodeScalars)`.
    scalars = text.withUTF8 { bytes in
      var out: [Unicode.Scalar] = []
      out.reserveCapacity(bytes.count)
      var i = 0
      let n = bytes.count
      while i < n {
        let b0 = UInt32(bytes[i])
        var v: UInt32
        if b0 < 0x80 {
          v = b0
          i += 1
        } else if b0 < 0xE0 {
          v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
          i += 2
        } else if b0 < 0xF0 {
          v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
          i += 3
        } else {
          v =
            (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
            | UInt32(bytes[i + 3] & 0x3F)
          i += 4
        }
        out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
      }
      return out
    }
  }

  var count: Int { scalars.count }

  subscript(_ index: Int) -> Unicode.Scalar { scalars[index] }

  /// The text of a span, clamped to the text's bounds.
  func string(_ span: TextSpan) -> String {
    let lower = max(0, min(span.start, scalars.count))
    let upper = max(lower, min(span.end, scalars.count))
    // Encoding by hand is many times faster than appending to a scalar view.
    var length = 0
    for k in lower..<upper { length += UTF8.width(scalars[k]) }
    return String(unsafeUninitializedCapacity: length) { buffer in
      var i = 0
      for k in lower..<upper {
        let v = scalars[k].value
        switch v {
        case 0..<0x80:
          buffer[i] = UInt8(v)
          i += 1
        case 0x80..<0x800:
          buffer[i] = UInt8(0xC0 | (v >> 6))
          buffer[i + 1] = UInt8(0x80 | (v & 0x3F))
          i += 2
        case 0x800..<0x10000:
          buffer[i] = UInt8(0xE0 | (v >> 12))
          buffer[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
          buffer[i + 2] = UInt8(0x80 | (v & 0x3F))
          i += 3
        default:
          buffer[i] = UInt8(0xF0 | (v >> 18))
          buffer[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
          buffer[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
          buffer[i + 3] = UInt8(0x80 | (v & 0x3F))
          i += 4
        }
      }
      return i
    }
  }

  func string(_ start: Int, _ end: Int) -> String { string(TextSpan(start, end)) }
}
