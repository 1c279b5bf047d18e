/// Regular English inflection for the trigger lexicon: enough to spell
/// "urges", "urged", "urging" from "urge", with irregular forms given by hand.
///
/// ```swift
/// Inflection.verbForms(["deny"]).map(\.0)  // ["deny", "denies", "denied", "denying"]
/// ```
enum Inflection {
  /// The forms of a verb from `[base, past?, gerund?, participle?]`.
  static func verbForms(_ given: [String]) -> [(String, TriggerEntry.Form)] {
    let base = given[0]
    let past = given.count > 1 ? given[1] : pastTense(base)
    let gerund = given.count > 2 && !given[2].isEmpty ? given[2] : self.gerund(base)
    let participle = given.count > 3 ? given[3] : past
    var forms: [(String, TriggerEntry.Form)] = [(base, .base), (third(base), .third), (gerund, .gerund)]
    if participle == past {
      forms.append((past, .pastOrParticiple))
    } else {
      forms.append((past, .past))
      forms.append((participle, .participle))
    }
    return forms
  }

  static func third(_ w: String) -> String {
    if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") {
      return w + "es"
    }
    if endsInConsonantY(w) { return String(w.dropLast()) + "ies" }
    return w + "s"
  }

  static func pastTense(_ w: String) -> String {
    if w.hasSuffix("e") { return w + "d" }
    if endsInConsonantY(w) { return String(w.dropLast()) + "ied" }
    return w + "ed"
  }

  static func gerund(_ w: String) -> String {
    if w.hasSuffix("e") && !w.hasSuffix("ee") { return String(w.dropLast()) + "ing" }
    return w + "ing"
  }

  static func plural(_ w: String) -> String {
    if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("ch") || w.hasSuffix("sh") { return w + "es" }
    if endsInConsonantY(w) { return String(w.dropLast()) + "ies" }
    return w + "s"
  }

  private static func endsInConsonantY(_ w: String) -> Bool {
    guard w.hasSuffix("y"), let before = w.dropLast().last else { return false }
    return !"aeiou".contains(before)
  }
}
