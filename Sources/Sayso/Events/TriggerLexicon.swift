/// Verbs and nouns of political action mapped to PLOVER types, with every
/// inflection, looked up only for tokens the tokenizer flagged as
/// ``WordClass/eventTrigger``.
///
/// Each entry of the word lists is a compact spec:
/// `base[/past[/gerund[/participle]]][+particle,…][=mode]` for verbs and
/// `singular[/plural][+particle,…][=mode]` for nouns. Regular forms are
/// derived; irregular ones are written out.
///
/// ```swift
/// TriggerLexicon.shared.entries["met"]?.first?.type  // .consult
/// ```
struct TriggerLexicon: Sendable {
  static let shared = TriggerLexicon()

  /// Every form, lower-cased, with the entries it can stand for.
  let entries: WordTable<[TriggerEntry]>

  init() {
    var entries: [String: [TriggerEntry]] = [:]
    func add(_ form: String, _ entry: TriggerEntry) {
      if entries[form]?.contains(entry) == true { return }
      entries[form, default: []].append(entry)
    }
    // Types in a fixed order, so that a form shared by two types always lists them alike.
    for type in EventType.allCases {
      guard let specs = Self.verbs[type] else { continue }
      for spec in specs.split(separator: " ") {
        let s = Spec(spec)
        for (form, kind) in Inflection.verbForms(s.forms) {
          add(
            form,
            TriggerEntry(type: type, lemma: s.forms[0], part: .verb, form: kind, mode: s.mode, particles: s.particles))
        }
      }
    }
    for type in EventType.allCases {
      guard let specs = Self.nouns[type] else { continue }
      for spec in specs.split(separator: " ") {
        let s = Spec(spec)
        let plural = s.forms.count > 1 ? s.forms[1] : Inflection.plural(s.forms[0])
        let word = s.forms[0].replacing("_", with: " ")
        add(
          s.forms[0],
          TriggerEntry(type: type, lemma: word, part: .noun, form: .base, mode: s.mode, particles: s.particles))
        add(
          plural,
          TriggerEntry(type: type, lemma: word, part: .noun, form: .plural, mode: s.mode, particles: s.particles))
      }
    }
    self.entries = WordTable(entries.map { ($0.key, $0.value) })
  }

  /// One parsed spec of the word lists.
  private struct Spec {
    var forms: [String]
    var particles: [String] = []
    var mode: String?

    init(_ raw: Substring) {
      var body = raw
      if let eq = body.firstIndex(of: "=") {
        mode = String(body[body.index(after: eq)...])
        body = body[..<eq]
      }
      if let plus = body.firstIndex(of: "+") {
        particles = body[body.index(after: plus)...].split(separator: ",").map(String.init)
        body = body[..<plus]
      }
      forms = body.split(separator: "/").map(String.init)
    }
  }
}
