/// General word lists of English news writing that the rules consult.
///
/// Every list is general knowledge of the language (titles, pronouns,
/// reporting verbs, country names); none names a particular person or outlet.
enum Lexicon {
  /// Words whose full stop does not end a sentence.
  static let abbreviations: WordSet = [
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt",
    "cmdr", "adm", "maj", "jr", "sr", "prof", "rev", "hon", "no", "nos", "vs", "v", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd",
    "mt", "ft", "ave", "blvd", "fig", "approx", "dept", "est", "vol", "pp", "ariz", "calif", "colo",
    "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la", "mass", "md", "mich", "minn", "miss", "mo",
    "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
  ]

  /// Words that commonly open a sentence; used after an initialism such as "U.S.".
  static let sentenceStarters: WordSet = [
    "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "a", "an", "this", "that",
    "his", "her", "their", "there", "on", "at", "as", "after", "when", "while", "if", "for", "still",
    "yet", "so", "meanwhile", "however", "asked", "“", "\"",
  ]

  /// Personal pronouns that can stand for a speaker, with their number and gender.
  static let pronouns: WordTable<PronounInfo> = [
    "he": PronounInfo(gender: .male, plural: false, person: 3),
    "she": PronounInfo(gender: .female, plural: false, person: 3),
    "they": PronounInfo(gender: nil, plural: true, person: 3),
    "it": PronounInfo(gender: .neuter, plural: false, person: 3),
    "i": PronounInfo(gender: nil, plural: false, person: 1),
    "we": PronounInfo(gender: nil, plural: true, person: 1),
    "you": PronounInfo(gender: nil, plural: false, person: 2),
    "who": PronounInfo(gender: nil, plural: false, person: 0),
  ]

  /// A pronoun with a contracted auxiliary ("she’s", "they've") without
  /// it, or the word unchanged.
  static func pronounStem(_ word: String) -> String {
    guard let i = word.firstIndex(where: { $0 == "’" || $0 == "'" }) else { return word }
    let stem = String(word[..<i])
    return pronouns[stem] != nil ? stem : word
  }

  /// Possessive determiners that open a noun phrase ("his spokesman").
  static let possessives: WordSet = ["his", "her", "its", "their", "our", "my", "your"]

  /// Determiners and quantifiers that open a describing noun phrase.
  static let determiners: WordSet = [
    "the", "a", "an", "this", "that", "these", "those", "some", "many", "several", "most", "few",
    "other", "another", "one", "two", "three", "four", "five", "both", "all", "each", "any",
    "his", "her", "its", "their", "our", "my", "your", "no", "more", "numerous",
  ]
}

/// What a pronoun says about the one it stands for.
struct PronounInfo: Sendable {
  enum Gender: Sendable { case male, female, neuter }
  var gender: Gender?
  var plural: Bool
  var person: Int
}
