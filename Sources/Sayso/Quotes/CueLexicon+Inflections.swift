extension CueLexicon {
  /// Irregular verbs: base → [third person, past, past participle, present participle].
  static let irregular: [String: [String]] = [
    "say": ["says", "said", "saying"],
    "tell": ["tells", "told", "telling"],
    "shoot": ["shoots", "shot", "shooting"],
    "write": ["writes", "wrote", "written", "writing"],
    "think": ["thinks", "thought", "thinking"],
    "feel": ["feels", "felt", "feeling"],
    "know": ["knows", "knew", "known", "knowing"],
    "find": ["finds", "found", "finding"],
    "hold": ["holds", "held", "holding"],
    "swear": ["swears", "swore", "sworn", "swearing"],
    "go": ["goes", "went", "gone", "going"],
    "show": ["shows", "showed", "shown", "showing"],
    "understand": ["understands", "understood", "understanding"],
    "learn": ["learns", "learned", "learnt", "learning"],
    "speak": ["speaks", "spoke", "spoken", "speaking"],
    "forecast": ["forecasts", "forecast", "forecasted", "forecasting"],
    "admit": ["admits", "admitted", "admitting"],
    "quip": ["quips", "quipped", "quipping"],
    "brag": ["brags", "bragged", "bragging"],
    "slam": ["slams", "slammed", "slamming"],
    "dub": ["dubs", "dubbed", "dubbing"],
    "label": ["labels", "labeled", "labelled", "labeling", "labelling"],
    "signal": ["signals", "signaled", "signalled", "signaling", "signalling"],
    "counsel": ["counsels", "counseled", "counselled", "counseling", "counselling"],
    "lay": ["lays", "laid", "laying"],
    "refer": ["refers", "referred", "referring"],
    "rebut": ["rebuts", "rebutted", "rebutting"],
    "weigh": ["weighs", "weighed", "weighing"],
    "put": ["puts", "put", "putting"],
    "demur": ["demurs", "demurred", "demurring"],
  ]

  /// Every form of a verb: base, third person, past and present participle.
  static func inflections(of base: String) -> [String] {
    if let forms = irregular[base] { return [base] + forms }
    let chars = Array(base)
    let last = chars.last ?? " "
    let beforeLast = chars.count > 1 ? chars[chars.count - 2] : " "
    let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    var third = base + "s"
    var past = base + "ed"
    var ing = base + "ing"
    if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x")
      || base.hasSuffix("z") || base.hasSuffix("o")
    {
      third = base + "es"
    }
    if last == "y" && !vowels.contains(beforeLast) {
      let stem = String(chars.dropLast())
      third = stem + "ies"
      past = stem + "ied"
    } else if last == "e" {
      past = base + "d"
      ing = base.hasSuffix("ee") ? base + "ing" : String(chars.dropLast()) + "ing"
    }
    return [base, third, past, ing]
  }
}
