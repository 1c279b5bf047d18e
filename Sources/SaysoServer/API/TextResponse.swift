import Foundation
import Hummingbird

/// A response body of text with its content type: JSON, HTML, YAML or CSS.
struct TextResponse: ResponseGenerator {
  var text: String
  var contentType: String
  var status: HTTPResponse.Status = .ok

  init(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) {
    self.text = text
    self.contentType = contentType
    self.status = status
  }

  func response(from request: Request, context: some RequestContext) throws -> Response {
    Response(
      status: status, headers: [.contentType: contentType],
      body: .init(byteBuffer: ByteBuffer(string: text)))
  }

  /// A value as JSON, with snake_case keys from its coding keys and sorted keys.
  static func json(_ value: some Encodable) throws -> TextResponse {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    return TextResponse(String(decoding: data, as: UTF8.self), contentType: "application/json; charset=utf-8")
  }

  /// A page of HTML.
  static func html(_ page: String, status: HTTPResponse.Status = .ok) -> TextResponse {
    TextResponse(page, contentType: "text/html; charset=utf-8", status: status)
  }
}
