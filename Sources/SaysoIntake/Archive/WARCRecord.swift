import Foundation

/// One web page from a WARC `response` record.
///
/// ```swift
/// var reader = try WARCReader(path: "crawl.warc.gz")
/// while let page = try reader.next() { print(page.id, page.targetURI ?? "") }
/// ```
public struct WARCPage: Sendable, Equatable {
  /// `WARC-Record-ID` without angle brackets, e.g. `urn:uuid:…`.
  public var id: String
  /// `WARC-Target-URI`.
  public var targetURI: String?
  /// The record's start in the file (the gzip member's start when compressed).
  public var offset: Int
  /// The HTTP body: the HTML.
  public var html: [UInt8]
  /// The charset of the HTTP `Content-Type`, if given.
  public var charset: String?
}

/// Header fields of a WARC record or HTTP message, names lower-cased.
struct HeaderFields {
  private var fields: [(String, String)] = []

  subscript(_ name: String) -> String? { fields.first { $0.0 == name }?.1 }

  /// Adds a `Name: value` line; returns false for a line without a colon.
  mutating func add(_ line: [UInt8]) -> Bool {
    guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return false }
    let name = String(decoding: line[..<colon], as: UTF8.self).trimmed.lowercased()
    let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmed
    fields.append((name, value))
    return true
  }

  /// The `charset` parameter of `Content-Type`.
  var charset: String? {
    guard let type = self["content-type"]?.lowercased(), let r = type.range(of: "charset=") else { return nil }
    let value = type[r.upperBound...].prefix { $0 != ";" && $0 != " " }
    let label = value.trimmingQuotes
    return label.isEmpty ? nil : label
  }
}

extension Substring {
  var trimmingQuotes: String { String(self.filter { $0 != "\"" && $0 != "'" }) }
}
