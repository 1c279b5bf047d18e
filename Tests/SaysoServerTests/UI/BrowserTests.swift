import Foundation
import HummingbirdTesting
import Testing

/// A real browser renders the article page: headless Chromium loads it from
/// a live server and its DOM holds the highlighted quotes.
///
/// `.ci/run` installs Debian's `chromium-headless-shell`. Elsewhere the test
/// is skipped when no Chromium is installed, but it fails in CI (`CI` set),
/// where a missing browser is a broken setup.
struct BrowserTests {
  static let browser = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  @Test func ciHasABrowser() {
    if ProcessInfo.processInfo.environment["CI"] != nil { #expect(Self.browser != nil) }
  }

  @Test(.enabled(if: browser != nil, "no headless Chromium installed"))
  func articleDOMHoldsTheHighlightedQuotes() async throws {
    let fixture = try ServerFixture()
    defer { fixture.remove() }
    let article = try #require(try fixture.store.article("port-reopens"))
    let spans = article.document.quotes.reduce(0) { $0 + $1.spans.count }
    let dom = try await fixture.withServer { client in
      try Self.dumpDOM("http://127.0.0.1:\(client.port ?? 0)/articles/port-reopens")
    }
    #expect(dom.contains("<main>"))
    #expect(dom.components(separatedBy: "<mark class=\"quote\"").count - 1 == spans)
    #expect(dom.contains("data-speaker=\"Lena Okafor\""))
  }

  /// The DOM after the page has loaded, as Chromium serialises it.
  static func dumpDOM(_ url: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: browser!)
    process.arguments = ["--no-sandbox", "--disable-gpu", "--headless", "--dump-dom", url]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
