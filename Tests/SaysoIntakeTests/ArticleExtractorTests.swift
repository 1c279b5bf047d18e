import Testing

@testable import SaysoIntake

/// Body, headline and furniture removal on hand-written pages.
struct ArticleExtractorTests {
  let article: HTMLArticle

  init() throws { article = try ArticleExtractor.extract(Array(Pages.harbour.utf8), path: "harbour.html") }

  @Test func headlineIsTheVisibleH1() {
    #expect(article.title == "Harbour talks resume after storm")
  }

  @Test func bodyKeepsEveryParagraphWholeAndInOrder() {
    #expect(article.paragraphs.count == 5)
    #expect(article.paragraphs.first?.hasPrefix("Talks over the future") == true)
    #expect(article.paragraphs[1].hasSuffix("once the insurers had agreed the cost."))
    #expect(article.paragraphs[2] == "Who pays")
    #expect(article.paragraphs.last?.hasPrefix("Fishermen, meanwhile") == true)
  }

  @Test func furnitureIsLeftOut() {
    let body = article.body
    for furniture in [
      "cookies", "Sport", "Share on", "harbour wall, damaged", "Related", "Great article", "newsletter",
      "All rights", "By Mara Lind",
    ] {
      #expect(!body.contains(furniture), "\(furniture) leaked into the body")
    }
  }

  @Test func headlineIsNotRepeatedInTheBody() {
    #expect(!article.body.contains("Harbour talks resume"))
  }

  @Test func textIsTitleBlankLineThenBody() {
    #expect(article.text.hasPrefix("Harbour talks resume after storm\n\nTalks over the future"))
    #expect(article.text.contains("cost.\n\nWho pays\n\nThe town council"))
  }
}

/// A short story beside more teaser text than it has itself.
struct NamedStoryTests {
  @Test func containerNamedAsTheStoryWinsOverLongerTeasers() throws {
    let teaser =
      "<div class=\"card\"><h3><a href=\"/x\">Elsewhere</a></h3><p>A different story about the council budget, which passed on Tuesday after a long debate.</p></div>"
    let html = """
      <html><body><div class="page"><div class="article-body"><h1>Ferry resumes</h1>
      <p>The ferry sailed again on Monday, the operator said, after a week of repairs.</p>
      <p>Passengers queued from dawn, and the first crossing left twenty minutes late.</p>
      <p>The pier will close again in spring, when the second phase of the work begins.</p>
      <p>Until then, the council said, timetables will follow the winter pattern on every route.</p></div>
      <div class="below">\(String(repeating: teaser, count: 6))</div></div></body></html>
      """
    let a = try ArticleExtractor.extract(Array(html.utf8), path: "short.html")
    #expect(a.paragraphs.count == 4)
    #expect(!a.body.contains("council budget"))
  }
}

/// A story split by an embedded player into two containers of the same kind.
struct SplitStoryTests {
  @Test func bothHalvesOfASplitStoryAreKept() throws {
    let html = """
      <html><body><div class="page"><h1>Ferry resumes</h1>
      <div class="story-body part-one"><p>The ferry sailed again on Monday, the operator said, after a week of repairs.</p>
      <p>Passengers queued from dawn, and the first crossing left twenty minutes late.</p></div>
      <div class="embed"><iframe src="https://player.example/1"></iframe></div>
      <div class="story-body part-two"><p>The pier will close again in spring, when the second phase of the work begins.</p>
      <p>Until then, the council said, timetables will follow the winter pattern on every route.</p></div>
      <div class="more"><p><a href="/x">Storm closes coast road for two days, police say.</a></p></div></div></body></html>
      """
    let a = try ArticleExtractor.extract(Array(html.utf8), path: "split.html")
    #expect(a.paragraphs.count == 4)
    #expect(a.paragraphs.last?.hasPrefix("Until then") == true)
  }
}
