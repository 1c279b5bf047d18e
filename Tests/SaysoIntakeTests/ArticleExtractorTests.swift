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
    for furniture in ["cookies", "Sport", "Share on", "harbour wall, damaged", "Related", "Great article", "newsletter",
      "All rights", "By Mara Lind"]
    {
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
