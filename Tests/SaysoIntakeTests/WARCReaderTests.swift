import Testing

@testable import SaysoIntake

/// Reading web archives record by record.
struct WARCReaderTests {
  static let story =
    "<html><body><h1>Ferry resumes</h1><p>The ferry sailed again on Monday, the operator said in a statement.</p></body></html>"

  func archive(wrongLength: Bool = false) -> WARCBuilder {
    var w = WARCBuilder()
    w.add(type: "warcinfo", id: "urn:uuid:info", block: "software: hand-written\r\n")
    w.add(type: "request", id: "urn:uuid:req", uri: "https://port.example/ferry", block: "GET /ferry HTTP/1.1\r\n\r\n")
    w.add(
      type: "response", id: "urn:uuid:broken", uri: "https://port.example/broken",
      block: WARCBuilder.response(Self.story), lengthDelta: wrongLength ? -20 : 0)
    w.add(
      type: "response", id: "urn:uuid:image", uri: "https://port.example/a.png",
      block: "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\u{1}PNG")
    w.add(
      type: "response", id: "urn:uuid:ferry", uri: "https://port.example/ferry", block: WARCBuilder.response(Self.story)
    )
    return w
  }

  func pages(_ bytes: [UInt8]) throws -> ([WARCPage], [String]) {
    var reader = WARCReader(MemoryChunks(bytes), path: "crawl.warc.gz")
    var pages: [WARCPage] = []
    while let p = try reader.next() { pages.append(p) }
    return (pages, reader.warnings)
  }

  @Test func onlyHTMLResponsesBecomePages() throws {
    let (pages, warnings) = try pages(archive().plain)
    #expect(pages.map(\.id) == ["urn:uuid:broken", "urn:uuid:ferry"])
    #expect(pages[1].targetURI == "https://port.example/ferry")
    #expect(pages[1].charset == "utf-8")
    #expect(String(decoding: pages[1].html, as: UTF8.self) == Self.story)
    #expect(warnings.isEmpty)
  }

  @Test func perRecordGzipIsReadLikePlain() throws {
    let w = archive()
    let (pages, warnings) = try pages(w.gzippedPerRecord)
    #expect(pages.map(\.id) == ["urn:uuid:broken", "urn:uuid:ferry"])
    #expect(warnings.isEmpty)
    // Offsets name the gzip member where the record starts.
    let firstTwo = Gzip.compress(w.records[0]).count + Gzip.compress(w.records[1]).count
    #expect(pages[0].offset == firstTwo)
  }

  @Test func wrongContentLengthIsReportedAndSkipped() throws {
    let w = archive(wrongLength: true)
    let (pages, warnings) = try pages(w.plain)
    #expect(pages.map(\.id) == ["urn:uuid:ferry"])
    let offset = w.records[0].count + w.records[1].count
    #expect(warnings.count == 1)
    #expect(warnings.first?.contains("crawl.warc.gz: WARC record at byte \(offset)") == true)
    #expect(warnings.first?.contains("Content-Length") == true)
  }

  @Test func tooLongContentLengthLosesNoOtherRecord() throws {
    var w = WARCBuilder()
    w.add(
      type: "response", id: "urn:uuid:long", uri: "https://port.example/long",
      block: WARCBuilder.response(Self.story), lengthDelta: 60)
    w.add(type: "request", id: "urn:uuid:req", uri: "https://port.example/ferry", block: "GET /ferry HTTP/1.1\r\n\r\n")
    w.add(
      type: "response", id: "urn:uuid:ferry", uri: "https://port.example/ferry", block: WARCBuilder.response(Self.story)
    )
    let (pages, warnings) = try pages(w.plain)
    #expect(pages.map(\.id) == ["urn:uuid:long", "urn:uuid:ferry"])
    #expect(String(decoding: pages[0].html, as: UTF8.self) == Self.story)
    #expect(warnings.count == 1)
    #expect(warnings.first?.contains("runs into the next record") == true)
  }

  @Test func truncatedGzipEndsTheFileWithAWarning() throws {
    let bytes = archive().gzippedPerRecord
    let (pages, warnings) = try pages(Array(bytes.dropLast(30)))
    #expect(pages.map(\.id) == ["urn:uuid:broken"])
    #expect(warnings.count == 1)
    #expect(warnings.first?.contains("gzip data ends early") == true)
  }

  @Test func garbageBeforeARecordIsSkipped() throws {
    let bytes = Array("not a warc line\n".utf8) + archive().plain
    let (pages, warnings) = try pages(bytes)
    #expect(pages.count == 2)
    #expect(warnings.first?.contains("byte 0") == true)
  }

  @Test func chunkedAndGzippedHTTPBodiesAreDecoded() throws {
    let html = Array("<p>Hello</p>".utf8)
    let gz = Gzip.compress(html)
    var block = Array(
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
    block += Array(String(gz.count, radix: 16).utf8) + [0x0D, 0x0A] + gz + Array("\r\n0\r\n\r\n".utf8)
    let response = try #require(HTTPResponse(block))
    #expect(try response.decodedBody(path: "x") == html)
  }
}
