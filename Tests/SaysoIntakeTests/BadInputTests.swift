import Testing

@testable import SaysoIntake

/// Hostile pages give a warning or an error naming the file, never a crash or hang.
struct BadInputTests {
  static let story = "<p>The ferry sailed again on Monday, the operator said, after a week of repairs.</p>"

  @Test func deeplyNestedMarkupWarns() throws {
    let depth = 100_000
    let html =
      "<html><body>" + String(repeating: "<div>", count: depth) + Self.story
      + String(repeating: "</div>", count: depth) + "</body></html>"
    let a = try ArticleExtractor.extract(Array(html.utf8), path: "deep.html")
    #expect(a.warnings.contains { $0.hasPrefix("deep.html: markup nested more than") })
  }

  @Test func fiftyMegabytePageIsCutWithAWarning() throws {
    let paragraph = Array(Self.story.utf8)
    var bytes = Array("<html><body><h1>Ferry</h1>".utf8)
    bytes.reserveCapacity(50 << 20)
    while bytes.count < 50 << 20 { bytes += paragraph }
    let a = try ArticleExtractor.extract(bytes, path: "huge.html")
    #expect(a.warnings.first == "huge.html: page is 50.0 MB; only the first 16.0 MB were read")
    #expect(a.paragraphs.count > 1000)
  }

  @Test func emptyAndNonHTMLInputGiveEmptyArticles() throws {
    #expect(try ArticleExtractor.extract([], path: "empty.html").paragraphs.isEmpty)
    let binary: [UInt8] = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    _ = try? ArticleExtractor.extract(binary, path: "noise.html")
  }

  @Test func linkListsAndLabelsAreNotBody() throws {
    let html = """
      <html><body><div><h1>Ferry</h1>\(Self.story)
      <p>Repairs cost more than expected, the council said, and the bill will be shared.</p>
      <ul><li><a href="/1">Storm closes coast road</a></li><li><a href="/2">Market flooded again</a></li>
      <li><a href="/3">Ferry timetable for the winter months</a></li></ul>
      <p>Advertisement</p></div></body></html>
      """
    let a = try ArticleExtractor.extract(Array(html.utf8), path: "links.html")
    #expect(a.paragraphs.count == 2)
    #expect(!a.body.contains("Storm closes") && !a.body.contains("Advertisement"))
  }

  @Test func contentKindIsToldFromBytes() {
    #expect(InputKind.detect(Array("WARC/1.0\r\n".utf8)) == .warc)
    #expect(InputKind.detect(Array("  <!DOCTYPE html><html>".utf8)) == .html)
    #expect(InputKind.detect(Array("<div>x</div>".utf8)) == .html)
    #expect(InputKind.detect(Array("{\"doc_id\": 1}".utf8)) == .jsonLines)
    #expect(InputKind.detect(Gzip.compress(Array("x".utf8))) == .gzip)
    #expect(InputKind.detect(Array("“We sail at dawn,” she said.".utf8)) == .text)
  }
}
