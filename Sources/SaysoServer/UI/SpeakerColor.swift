/// A speaker's colour on article pages: hues spread by the golden angle over
/// corpus ids, so that speakers in one article look different and keep their
/// colour from article to article.
struct SpeakerColor {
  let hue: Int

  init(id: Int64?) {
    guard let id else {
      hue = -1
      return
    }
    hue = Int((Double(id) * 137.508).truncatingRemainder(dividingBy: 360))
  }

  /// CSS custom properties for `mark.quote` and `.swatch`.
  var style: String {
    guard hue >= 0 else { return "--c:#e4e7eb;--b:#9aa3ad" }
    return "--c:hsl(\(hue) 80% 88%);--b:hsl(\(hue) 60% 42%)"
  }
}
