import Hummingbird
import SaysoStore

/// The web UI's pages. Pages answer HTML, also for errors: a bad filter shows
/// the message on the page with status 400, an unknown id a 404 page.
struct PageRoutes {
  let store: Store

  func add(to router: Router<BasicRequestContext>) {
    router.get("/") { request, _ in
      try await Self.page {
        let filter = try QueryParameters(request: request).quoteFilter(limit: 25)
        let page = try await StoreCall.run { () throws(StoreError) in try store.quotes(filter) }
        let stats = try await StoreCall.run { () throws(StoreError) in try store.stats() }
        return HomePage.render(page, filter: filter, stats: stats)
      }
    }
    router.get("/speakers") { request, _ in
      try await Self.page {
        let query = QueryParameters(request: request)
        let limit = try query.int("limit", default: 200)
        let offset = try query.int("offset", default: 0)
        let name = query.text("name")
        let page = try await StoreCall.run { () throws(StoreError) in
          try store.speakers(name: name, limit: limit, offset: offset)
        }
        return SpeakersPage.render(page)
      }
    }
    router.get("/speakers/:id") { _, context in
      try await Self.page {
        let id = try APIRoutes.id(context)
        let profile = try await StoreCall.run { () throws(StoreError) in try store.profile(id: id) }
        guard let profile else { throw HTTPError(.notFound, message: "There is no speaker with id \(id).") }
        return SpeakerPage.render(profile)
      }
    }
    router.get("/articles/:id") { _, context in
      try await Self.page {
        let key = context.parameters.get("id") ?? ""
        let article = try await StoreCall.run { () throws(StoreError) in try store.article(key) }
        guard let article else { throw HTTPError(.notFound, message: "There is no article \"\(key)\".") }
        return ArticlePage.render(article)
      }
    }
    router.get("/timeline") { request, _ in
      try await Self.page {
        let filter = try QueryParameters(request: request).eventFilter(limit: 500)
        let page = try await StoreCall.run { () throws(StoreError) in try store.events(filter) }
        return TimelinePage.render(page, filter: filter)
      }
    }
    router.get("/network") { request, _ in
      try await Self.page {
        let speakers = min(max(try QueryParameters(request: request).int("speakers", default: 60), 1), 300)
        let graph = try await StoreCall.run { () throws(StoreError) in try store.network(speakers: speakers) }
        return NetworkPage.render(graph)
      }
    }
  }

  /// Renders a page, or an error page with the error's status and message.
  static func page(_ body: () async throws -> String) async throws -> TextResponse {
    do {
      return TextResponse.html(try await body())
    } catch let error as HTTPError {
      let message = error.body ?? "Something went wrong."
      let page = PageLayout.render(
        title: "Error",
        body: "<h1>\(error.status.code) \(HTML.escape(error.status.reasonPhrase))</h1>"
          + "<p>\(HTML.escape(message))</p><p><a href=\"/\">Back to all quotes</a></p>")
      return TextResponse.html(page, status: error.status)
    }
  }
}
