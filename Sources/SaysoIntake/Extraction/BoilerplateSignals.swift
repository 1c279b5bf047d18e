/// General signals that an element is page furniture: its tag, `class`/`id`
/// tokens such as `share`, `related` or `cookie`, ARIA roles, and hiding.
/// No site is named anywhere.
///
/// ```swift
/// BoilerplateSignals.isBoilerplate(tag: "div", classAndID: "social-share-bar", role: nil)  // true
/// ```
enum BoilerplateSignals {
  /// Words that mark furniture wherever they occur inside a class or id token.
  static let anywhere: [String] = [
    "comment", "related", "share", "sharing", "social", "cookie", "newsletter", "footer", "sidebar",
    "byline", "caption", "advert", "breadcrumb", "banner", "subscribe", "signup", "popup", "promo",
    "recommend", "outbrain", "taboola", "sponsor", "pagination", "masthead", "navigation", "navbar",
    "menu", "toolbar", "widget", "disqus", "trending", "mostread", "most-read", "readmore", "read-more",
    "moreon", "more-on", "author", "dateline", "timestamp", "skiplink", "skip-link", "consent", "gdpr",
    "paywall", "login", "modal", "overlay", "tooltip", "credit", "tagcloud", "tag-list", "taglist",
    "keywords", "print", "rating", "inline-ad", "adslot", "ad-slot", "adunit", "ad-container",
    "ad-wrapper", "dfp", "teaser", "sr-only", "visually-hidden", "screen-reader",
  ]
  /// Words that mark furniture as a whole token or a whole part of one
  /// (`ad`, `ad-slot`, `post-meta`), too short to match inside words.
  static let exact: Set<String> = [
    "nav", "ad", "ads", "tags", "tag", "meta", "date", "hidden", "header", "topics",
    "extra", "aside", "rail", "right-rail", "rightrail", "nocontent", "d-none",
    "email", "follow", "print", "subnav", "pager", "widgets", "links", "list-links", "video",
  ]
  /// ARIA roles of furniture.
  static let roles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog",
    "alert", "alertdialog", "form",
  ]

  /// Whether an element with this tag, class and id, and role looks like furniture.
  static func isBoilerplate(tag: String, classAndID: String, role: String?) -> Bool {
    if TagKinds.boilerplate.contains(tag) { return true }
    if let role, roles.contains(role.lowercased()) { return true }
    return hasFurnitureToken(classAndID)
  }

  /// Whether any `class`/`id` token names furniture.
  static func hasFurnitureToken(_ classAndID: String) -> Bool {
    !classAndID.isEmpty && (exactMatcher.matches(classAndID) || anywhereMatcher.matches(classAndID))
  }

  private static let exactMatcher = WordMatcher(Array(exact), delimited: true)
  private static let anywhereMatcher = WordMatcher(anywhere)

  /// Whether inline style, `hidden` or `aria-hidden` hides the element.
  static func isHidden(_ node: PageNode) -> Bool {
    if node.attribute("hidden") != nil { return true }
    if node.attribute("aria-hidden")?.lowercased() == "true" { return true }
    if let style = node.attribute("style") {
      let squeezed = ASCIIWords.lowercased(style).filter { $0 != 0x20 }
      return ASCIIWords.contains(squeezed[...], Array("display:none".utf8))
        || ASCIIWords.contains(squeezed[...], Array("visibility:hidden".utf8))
    }
    return false
  }
}
