/// The OpenAPI 3.1 description of the JSON API, served at `/openapi.yaml`.
/// The same text is kept at the repository's root as `openapi.yaml`; a test
/// checks that the two agree.
enum OpenAPIDocument {
  static let yaml = #"""
    PLACEHOLDER
    """#
}
