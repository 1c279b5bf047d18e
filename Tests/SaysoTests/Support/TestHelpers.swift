import Foundation
import Testing

@testable import Sayso

/// Runs the engine on a passage.
func analyze(_ text: String, id: String = "test") -> Document {
  Engine().analyze(text, id: id)
}

extension Document {
  /// The first quote whose text contains `fragment`.
  func quote(containing fragment: String) -> Quote? {
    quotes.first { $0.text.contains(fragment) }
  }

  /// The text of a span, sliced by code points.
  func slice(_ span: TextSpan) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars[span.start..<span.end])
    return String(out)
  }

  /// The code-point offset of the first occurrence of `fragment`.
  func offset(of fragment: String) -> Int? {
    guard let range = text.range(of: fragment) else { return nil }
    return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
  }

  /// The entity with the given canonical name.
  func entity(named name: String) -> Entity? {
    entities.first { $0.name == name }
  }
}
