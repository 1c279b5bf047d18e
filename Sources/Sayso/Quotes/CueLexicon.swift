/// The reporting verbs and phrases of English news, in every inflected form,
/// mapped to their lemma.
///
/// ```swift
/// CueLexicon.shared.entries(for: "stressed")  // [lemma "stress", frame .speech]
/// ```
struct CueLexicon: Sendable {
  static let shared = CueLexicon()

  /// Every inflected form with the entries it can be, phrasal ones first.
  let forms: WordTable<[CueEntry]>

  init() {
    var forms: [String: [CueEntry]] = [:]
    for (spec, frame) in Self.specs {
      for item in spec {
        let words = item.split(separator: " ").map(String.init)
        let lemma = words[0]
        let particle = words.count > 1 ? words[1] : nil
        let entry = CueEntry(
          lemma: particle.map { "\(lemma) \($0)" } ?? lemma, particle: particle, frame: frame)
        for form in Self.inflections(of: lemma) where !(forms[form]?.contains(entry) ?? false) {
          forms[form, default: []].append(entry)
        }
      }
    }
    self.forms = WordTable(forms.map { ($0.key, $0.value) })
  }

  /// The cue entries a word form can be, phrasal ones first.
  func entries(for form: String) -> [CueEntry] { forms[form] ?? [] }

  static let specs: [([String], CueEntry.Frame)] = [
    (
      [
        "say", "tell", "add", "state", "claim", "argue", "insist", "warn", "stress", "explain", "note",
        "acknowledge", "admit", "announce", "declare", "report", "write", "tweet", "suggest",
        "predict", "promise", "vow", "pledge", "confirm", "reveal", "recall", "remark", "reply",
        "respond", "answer", "ask", "assert", "maintain", "contend", "complain", "concede",
        "emphasize", "emphasise", "reiterate", "affirm", "reaffirm", "observe", "allege", "boast",
        "joke", "quip", "testify", "conclude", "whisper", "shout", "yell", "exclaim",
        "lament", "mention", "indicate", "signal", "hint", "caution", "counter", "retort", "muse",
        "agree", "disagree", "deny", "estimate", "speculate", "point out", "inform", "assure",
        "remind", "recount", "charge", "acknowledge", "elaborate", "clarify", "specify", "underline",
        "underscore", "highlight", "repeat", "add", "brag", "opine", "posit", "theorize", "surmise",
        "predict", "forecast", "guarantee", "tell", "go on", "weigh in", "write in", "continue", "post", "read",
        "put it", "proclaim", "scoff", "gush", "marvel", "grumble", "mutter", "murmur", "plead", "fume",
        "confide", "concur", "chime in", "interject", "sneer", "recollect", "shoot back", "fire back",
        "remember", "chant", "reminisce", "demur", "scream", "cry out", "holler", "roar", "bellow", "shriek",
      ], .speech
    ),
    (
      [
        "think", "believe", "feel", "hope", "fear", "expect", "doubt", "worry", "know", "suspect",
        "reckon", "assume", "presume", "imagine", "wonder", "conclude", "find", "show", "learn",
        "realize", "realise", "understand", "recognize", "recognise",
      ], .belief
    ),
    (
      [
        "call for", "call on", "urge", "demand", "propose", "recommend", "criticize", "criticise",
        "praise", "accuse", "blame", "deny", "reject", "dismiss", "endorse", "oppose", "defend",
        "question", "challenge", "describe", "condemn", "denounce", "slam", "blast", "applaud",
        "welcome", "hail", "thank", "attack", "mock", "deride", "ridicule", "dispute", "refute",
        "rebut", "decry", "lambaste", "credit", "commend", "insist on", "refer to", "cite", "call",
        "label", "brand", "dub", "pledge", "promise", "vow", "predict", "announce", "reveal",
        "confirm", "acknowledge", "admit", "concede", "warn of", "warn against", "speak of",
        "talk about", "speak about", "ask for", "push for", "press for", "argue for", "advocate",
        "suggest", "decline", "refuse", "point to",
      ], .object
    ),
  ]
}
