import Foundation
import Testing

@testable import Sayso

/// Tests/SaysoTests/Engine → package root → its parent → shared/seed.
private let seedPath = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()
  .appendingPathComponent("shared/seed/article.txt").path

/// General expectations on the project's seed article, read from
/// ../shared/seed/article.txt beside the package root. The article itself is
/// never copied into the repository; these tests are skipped when it is absent.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: seedPath), "needs ../shared/seed/article.txt"))
struct SeedArticleTests {
  static func document() throws -> Document {
    let text = try String(contentsOfFile: seedPath, encoding: .utf8)
    return Engine().analyze(text, id: "seed")
  }

  @Test func repeatedTitleIsBoilerplate() throws {
    let doc = try Self.document()
    let title = try #require(doc.title)
    let repeated = doc.boilerplate.filter { $0.kind == .repeatedTitle }
    #expect(repeated.count == 1)
    #expect(repeated.first?.text == title)
    #expect((repeated.first?.end ?? Int.max) <= doc.body.start)
  }

  @Test func trailingNavigationIsBoilerplate() throws {
    let doc = try Self.document()
    let navigation = doc.boilerplate.filter { $0.kind == .navigation }
    #expect(navigation.count >= 2)
    for record in navigation { #expect(record.start >= doc.body.end) }
    // The last non-blank line of the file is navigation.
    let lastLine = doc.text.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    let last = try #require(lastLine)
    #expect(navigation.contains { $0.text == String(last).trimmingCharacters(in: .whitespaces) })
    #expect(doc.quotes.allSatisfy { $0.end <= doc.body.end })
  }

  @Test func datelineSourceIsTasnim() throws {
    let doc = try Self.document()
    let dateline = try #require(doc.dateline)
    #expect(dateline.source == "Tasnim")
    #expect(dateline.place?.isEmpty == false)
  }

  @Test func mostDirectQuotesAreLarijanis() throws {
    let doc = try Self.document()
    let direct = doc.quotes.filter { $0.kind == .direct && $0.parent == nil }
    #expect(direct.count >= 5)
    let larijani = direct.filter { $0.speaker?.hasSuffix("Larijani") == true }
    #expect(larijani.count * 2 > direct.count, "\(larijani.count) of \(direct.count) direct quotes")
    #expect(doc.headlineSpeaker?.name.hasSuffix("Larijani") == true)
  }

  @Test func offsetsSliceTheText() throws {
    let doc = try Self.document()
    let scalars = Array(doc.text.unicodeScalars)
    for quote in doc.quotes {
      let joined = quote.spans.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
      #expect(joined.joined(separator: " ") == quote.text)
    }
  }
}
