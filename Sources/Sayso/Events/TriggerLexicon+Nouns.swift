extension TriggerLexicon {
  /// Nouns of political action by PLOVER type (general English usage).
  static let nouns: [EventType: String] = [
    .agree: "agreement deal accord pact treaty pledge memorandum contract consensus invitation",
    .consult:
      "talks/talks meeting visit=visit summit negotiations/negotiations discussions/discussions"
      + " consultations/consultations trip=visit call+with=phone mediation=diplomatic",
    .support: "support endorsement praise backing ties/ties=ties relations/relations=ties solidarity/solidarity",
    .concede: "apology concession pardon amnesty",
    .cooperate: "cooperation collaboration partnership alliance exercise=military drills/drills=military",
    .aid:
      "aid/aid assistance/assistance relief/relief donation loan grant asylum/asylum=asylum supplies/supplies"
      + " funding/funding",
    .retreat: "withdrawal release=release pullout resignation=resign ceasefire=ceasefire truce=ceasefire",
    .request: "demand request appeal plea",
    .accuse:
      "accusation condemnation criticism/criticism allegation=allege investigation=investigate lawsuit complaint probe=investigate"
      + " denunciation indictment charge/charges+against legal+action",
    .reject: "rejection refusal veto/vetoes",
    .threaten: "threat warning ultimatum",
    .protest: "protest=demo demonstration=demo rally=demo boycott=boycott",
    .sanction: "expulsion=expel suspension",
    .mobilize: "deployment=troops mobilization mobilisation buildup=troops alert",
    .coerce:
      "arrest=arrest detention=arrest crackdown raid=seize curfew=curfew blockade deportation=deport ban=ban"
      + " sanctions/sanctions=restrict embargo/embargoes=restrict tariffs/tariffs=restrict"
      + " restrictions/restrictions=restrict siege=curfew martial+law=curfew",
    .assault:
      "attack airstrike=aerial strike bombing=explosives shelling=heavy-weapons"
      + " assault invasion assassination=assassinate ambush offensive clashes/clashes fighting/fighting"
      + " war warfare/warfare missile=heavy-weapons rocket=heavy-weapons drone=drone massacre=massacre killing"
      + " incursion bombardment abduction kidnapping operation+against",
  ]
}
