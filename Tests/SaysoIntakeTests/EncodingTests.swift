import Testing

@testable import SaysoIntake

/// Pages in legacy encodings are converted; unknown or missing charsets warn.
struct EncodingTests {
  func page(_ head: String, _ body: [UInt8]) -> [UInt8] {
    Array("<html><head>\(head)</head><body><h1>Port</h1><p>".utf8) + body
      + Array(", the harbour master said on Monday.</p></body></html>".utf8)
  }

  @Test func windows1256DeclaredInMetaIsConverted() throws {
    // "سلام" (peace) in windows-1256.
    let bytes = page(#"<meta charset="windows-1256">"#, [0xD3, 0xE1, 0xC7, 0xE3])
    let article = try ArticleExtractor.extract(bytes, path: "arabic.html")
    #expect(article.body.hasPrefix("سلام, the harbour master"))
    #expect(article.warnings.isEmpty)
  }

  @Test func iso88591InHTTPEquivIsConverted() throws {
    let bytes = page(
      #"<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">"#, [0x43, 0x61, 0x66, 0xE9])
    let article = try ArticleExtractor.extract(bytes, path: "latin.html")
    #expect(article.body.hasPrefix("Café, the harbour master"))
  }

  @Test func transportCharsetWinsOverNone() throws {
    let bytes = page("", [0x43, 0x61, 0x66, 0xE9])
    let article = try ArticleExtractor.extract(bytes, path: "x.html", charset: "ISO-8859-1")
    #expect(article.body.hasPrefix("Café"))
  }

  @Test func unknownCharsetWarnsAndReadsOn() throws {
    let bytes = page(#"<meta charset="x-martian-7">"#, Array("Plain".utf8))
    let article = try ArticleExtractor.extract(bytes, path: "mars.html")
    #expect(article.body.hasPrefix("Plain, the harbour master"))
    #expect(
      article.warnings == ["mars.html: unknown charset \"x-martian-7\"; read as UTF-8, some characters may be wrong"])
  }

  @Test func undeclaredInvalidUTF8IsReadAsWindows1252WithAWarning() throws {
    let bytes = page("", [0x43, 0x61, 0x66, 0xE9])
    let article = try ArticleExtractor.extract(bytes, path: "old.html")
    #expect(article.body.hasPrefix("Café"))
    #expect(article.warnings.count == 1)
    #expect(article.warnings.first?.hasPrefix("old.html: no charset declared") == true)
  }

  @Test func utf8ByteOrderMarkIsHonoured() throws {
    let bytes = [0xEF, 0xBB, 0xBF] + page(#"<meta charset="windows-1252">"#, Array("Café".utf8))
    let article = try ArticleExtractor.extract(bytes, path: "bom.html")
    #expect(article.body.hasPrefix("Café"))
  }

  @Test func declaredCharsetIsFoundOnlyInsideMeta() {
    #expect(Charset.declared(in: Array(#"<META CHARSET='Windows-1256'>"#.utf8)) == "windows-1256")
    #expect(Charset.declared(in: Array("<p>charset=koi8-r is a label</p>".utf8)) == nil)
  }
}
