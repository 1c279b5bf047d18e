import Foundation
import Testing

@testable import SaysoCommand

/// Turning bytes into text: binary refused, broken UTF-8 repaired.
struct TextDecoderTests {
  @Test func binaryDataIsRefused() {
    let data = Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00])
    #expect(throws: SaysoError.binaryInput("a.bin")) { try TextDecoder.decode(data, path: "a.bin") }
  }

  @Test func invalidUTF8IsRepairedWithAWarning() throws {
    var data = Data("“Ready,” she said. ".utf8)
    data.append(contentsOf: [0xC3, 0x28, 0xFF])
    let (text, warnings) = try TextDecoder.decode(data, path: "broken.txt")
    #expect(text.hasPrefix("“Ready,” she said."))
    #expect(text.contains("\u{FFFD}"))
    #expect(warnings.count == 1)
    #expect(warnings[0].contains("broken.txt"))
  }

  @Test func byteOrderMarkIsDropped() throws {
    let data = Data([0xEF, 0xBB, 0xBF] + Array("Headline".utf8))
    let (text, warnings) = try TextDecoder.decode(data, path: "bom.txt")
    #expect(text == "Headline")
    #expect(warnings.isEmpty)
  }

  @Test func emptyInputIsEmptyText() throws {
    let (text, warnings) = try TextDecoder.decode(Data(), path: "empty.txt")
    #expect(text.isEmpty)
    #expect(warnings.isEmpty)
  }
}
