import Hummingbird
import SaysoStore

/// The JSON API. Lists are paged with `limit` and `offset` and answer
/// `{items, total, limit, offset}`; unknown ids answer 404, malformed
/// parameters 400, each with `{"error": {"message": ...}}`.
struct APIRoutes {
  let store: Store

  func add(to router: Router<BasicRequestContext>) {
    let api = router.group("api")
    api.get("quotes") { request, _ in
      let filter = try QueryParameters(request: request).quoteFilter()
      return try TextResponse.json(try await StoreCall.run { () throws(StoreError) in try store.quotes(filter) })
    }
    api.get("speakers") { request, _ in
      let query = QueryParameters(request: request)
      let name = query.text("name") ?? query.text("q")
      let limit = try query.int("limit", default: 50)
      let offset = try query.int("offset", default: 0)
      return try TextResponse.json(
        try await StoreCall.run { () throws(StoreError) in try store.speakers(name: name, limit: limit, offset: offset)
        })
    }
    api.get("speakers/:id") { request, context in
      let id = try Self.id(context)
      let profile = try await StoreCall.run { () throws(StoreError) in try store.profile(id: id) }
      guard let profile else { throw HTTPError(.notFound, message: "no speaker with id \(id)") }
      return try TextResponse.json(profile)
    }
    api.get("articles/:id") { _, context in
      let key = context.parameters.get("id") ?? ""
      let article = try await StoreCall.run { () throws(StoreError) in try store.article(key) }
      guard let article else { throw HTTPError(.notFound, message: "no article with id or doc_id \"\(key)\"") }
      return try TextResponse.json(article)
    }
    api.get("search") { request, _ in
      let query = QueryParameters(request: request)
      guard let text = query.text("q") else {
        throw HTTPError(.badRequest, message: "q (the words to search) is required")
      }
      let limit = try query.int("limit", default: 20)
      return try TextResponse.json(
        try await StoreCall.run { () throws(StoreError) in try store.search(text, limit: limit) })
    }
    api.get("network") { request, _ in
      let speakers = try QueryParameters(request: request).int("speakers", default: 60)
      guard (1...500).contains(speakers) else {
        throw HTTPError(.badRequest, message: "speakers must be between 1 and 500, not \(speakers)")
      }
      return try TextResponse.json(
        try await StoreCall.run { () throws(StoreError) in try store.network(speakers: speakers) })
    }
    api.get("events") { request, _ in
      let filter = try QueryParameters(request: request).eventFilter()
      return try TextResponse.json(try await StoreCall.run { () throws(StoreError) in try store.events(filter) })
    }
    api.get("stats") { _, _ in
      try TextResponse.json(try await StoreCall.run { () throws(StoreError) in try store.stats() })
    }
  }

  /// A numeric id from the path, or 400.
  static func id(_ context: BasicRequestContext) throws -> Int64 {
    let raw = context.parameters.get("id") ?? ""
    guard let id = Int64(raw) else { throw HTTPError(.badRequest, message: "id must be a number, not \"\(raw)\"") }
    return id
  }
}
