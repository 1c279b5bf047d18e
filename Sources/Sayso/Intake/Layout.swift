/// Where the article sits in its text: headline, dateline, body and the
/// stretches that are not article.
struct Layout: Sendable {
  var titleSpan: TextSpan?
  var dateline: Dateline?
  var body: TextSpan
  var boilerplate: [Boilerplate] = []
}
