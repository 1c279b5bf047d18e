/// How a quotation reproduces the speaker's words.
///
/// - `direct`: the content is wholly inside quotation marks:
///   `“We will not surrender,” he said.`
/// - `mixed`: a reported clause that carries quoted fragments:
///   `She called the plan “a disaster for farmers”.`
/// - `indirect`: reported speech with no quotation marks:
///   `He said that the talks would resume.`
public enum QuoteKind: String, Codable, Sendable, CaseIterable {
  case direct
  case mixed
  case indirect
}
