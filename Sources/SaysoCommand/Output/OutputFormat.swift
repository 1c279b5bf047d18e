import ArgumentParser
import Foundation
import Sayso

/// How `sayso extract` writes its results.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
  /// One pretty-printed JSON document (an array when there are several).
  case json
  /// One compact JSON document per line.
  case jsonl
  /// A readable list of quotations for a terminal.
  case text

  /// Encodes one document in this format.
  public func render(_ doc: Document) -> String {
    switch self {
    case .json: return Self.encode(doc, pretty: true)
    case .jsonl: return JSONLineWriter.line(doc)
    case .text: return TextRenderer.render(doc)
    }
  }

  static func encode(_ doc: Document, pretty: Bool) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(doc) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
