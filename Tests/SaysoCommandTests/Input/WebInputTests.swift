import Foundation
import Sayso
import SaysoIntake
import Testing

@testable import SaysoCommand

/// Web pages, gzip files and web archives through the command's readers.
struct WebInputTests {
  static let page = """
    <html lang="en"><head><title>Ferry resumes | Bay Courier</title>
    <meta property="og:site_name" content="Bay Courier"><meta name="author" content="Ines Duarte">
    <meta property="article:published_time" content="2026-04-02"></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Ferry resumes</h1>
    <p>“We are back,” the operator said on Monday, after a week of repairs to the pier.</p></article></body></html>
    """

  func warc(_ records: [(id: String, html: String)]) -> [UInt8] {
    records.flatMap { r -> [UInt8] in
      let block = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n\(r.html)".utf8)
      let header =
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <\(r.id)>\r\nWARC-Target-URI: https://bay.example/\(r.id)\r\nContent-Length: \(block.count)\r\n\r\n"
      return Gzip.compress(Array(header.utf8) + block + Array("\r\n\r\n".utf8))
    }
  }

  @Test func kindIsToldFromContentNotName() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let html = try dir.write("story.txt", Self.page)
    let archive = try dir.write("crawl.bin", Data(warc([("urn:uuid:1", Self.page)])))
    let lines = try dir.write(
      "lines.gz", Data(Gzip.compress(Array("{\"doc_id\": \"a\", \"html\": \"<p>x</p>\"}\n".utf8))))
    #expect(try InputSource.expand([html, archive, lines]) == [.textFile(html), .warc(archive), .jsonLines(lines)])
  }

  @Test func directoryWalkFindsPagesArchivesAndGzip() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let a = try dir.write("a.html", Self.page)
    let b = try dir.write("b/c.htm.gz", Data(Gzip.compress(Array(Self.page.utf8))))
    let c = try dir.write("b/d.warc.gz", Data(warc([("urn:uuid:1", Self.page)])))
    try dir.write("e.png", Data([0x89]))
    #expect(try InputSource.expand([dir.path]) == [.textFile(a), .textFile(b), .warc(c)])
  }

  @Test func htmlFileBecomesADocumentWithSourceInformation() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let path = try dir.write("ferry.html.gz", Data(Gzip.compress(Array(Self.page.utf8))))
    var reader = ArticleReader(try InputSource.expand([path]))
    let article = try #require(try reader.next())
    let doc = try #require(ParallelRunner(jobs: 1).run([article]).first)
    #expect(doc.id == "ferry")
    #expect(doc.text.hasPrefix("Ferry resumes\n\n“We are back,” the operator said"))
    #expect(doc.title == "Ferry resumes")
    #expect(doc.quotes.first?.text.contains("We are back") == true)
    #expect(doc.source.siteName == "Bay Courier")
    #expect(doc.source.authors == ["Ines Duarte"])
    #expect(doc.source.published == "2026-04-02")
    #expect(doc.source.language == "en")
  }

  @Test func warcRecordsBecomeDocumentsNamedByRecordID() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let path = try dir.write("crawl.warc.gz", Data(warc([("urn:uuid:1", Self.page), ("urn:uuid:2", Self.page)])))
    var reader = ArticleReader(try InputSource.expand([path]))
    var articles: [Article] = []
    while let a = try reader.next() { articles.append(a) }
    let docs = ParallelRunner(jobs: 2).run(articles)
    #expect(docs.map(\.id) == ["urn:uuid:1", "urn:uuid:2"])
    #expect(docs[1].source.url == "https://bay.example/urn:uuid:2")
  }

  @Test func jsonLinesMayCarryHTML() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let line = try JSONSerialization.data(withJSONObject: ["doc_id": "p1", "html": Self.page])
    let path = try dir.write("pages.jsonl", line + Data("\n{\"doc_id\": \"t1\", \"text\": \"Plain.\"}\n".utf8))
    var reader = ArticleReader([.jsonLines(path)])
    let first = try #require(try reader.next())
    let second = try #require(try reader.next())
    #expect(first.id == "p1" && first.html != nil)
    #expect(first.extracted().text.hasPrefix("Ferry resumes\n\n"))
    #expect(second.text == "Plain." && second.html == nil)
  }

  @Test func truncatedGzipFileIsAnErrorNamingIt() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let bytes = Gzip.compress(Array(String(repeating: Self.page, count: 20).utf8))
    let path = try dir.write("cut.html.gz", Data(bytes.dropLast(40)))
    var reader = ArticleReader([.textFile(path)])
    #expect(throws: SaysoError.intake(.truncatedGzip(path: path, offset: bytes.count - 40))) { try reader.next() }
  }
}
