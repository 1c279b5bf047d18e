/// The sixteen event types of the PLOVER ontology: what one political actor
/// does to another, from verbal cooperation to material conflict.
///
/// ```swift
/// EventType(rawValue: "ASSAULT")  // .assault
/// EventType.consult.rawValue      // "CONSULT"
/// ```
public enum EventType: String, Hashable, Sendable, Codable, CaseIterable {
  case agree = "AGREE"
  case consult = "CONSULT"
  case support = "SUPPORT"
  case concede = "CONCEDE"
  case cooperate = "COOPERATE"
  case aid = "AID"
  case retreat = "RETREAT"
  case request = "REQUEST"
  case accuse = "ACCUSE"
  case reject = "REJECT"
  case threaten = "THREATEN"
  case protest = "PROTEST"
  case sanction = "SANCTION"
  case mobilize = "MOBILIZE"
  case coerce = "COERCE"
  case assault = "ASSAULT"
}
