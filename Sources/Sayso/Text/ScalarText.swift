/// The article text as an array of Unicode scalars, so that every offset Sayso
/// reports is a code-point index (the way Python indexes a `str`).
///
/// Building a `String` is costly in a hot loop; stages read scalars and call
/// ``string(_:)`` only for what they keep.
struct ScalarText: Sendable {
  let scalars: [Unicode.Scalar]

  init(_ text: String) {
    scalars = Array(text.unicodeScalars)
  }

  var count: Int { scalars.count }

  subscript(_ index: Int) -> Unicode.Scalar { scalars[index] }

  /// The text of a span, clamped to the text's bounds.
  func string(_ span: TextSpan) -> String {
    let lower = max(0, min(span.start, scalars.count))
    let upper = max(lower, min(span.end, scalars.count))
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[lower..<upper])
    return String(view)
  }

  func string(_ start: Int, _ end: Int) -> String { string(TextSpan(start, end)) }
}
