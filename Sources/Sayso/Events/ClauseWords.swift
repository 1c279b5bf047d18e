/// Closed word lists the event rules use to read a clause around a trigger:
/// auxiliaries and adverbs between subject and verb, the verbs that take an
/// infinitive, light verbs that carry an action noun, and words that end a
/// noun phrase.
///
/// ```swift
/// ClauseWords.auxiliaries.contains("has")   // true
/// ClauseWords.lightVerbs.contains("held")   // true
/// ```
enum ClauseWords {
  static let auxiliaries: WordSet = [
    "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did",
    "does", "do", "is", "are", "was", "were", "be", "been", "being", "not", "never", "also", "reportedly",
    "allegedly", "already", "again", "jointly", "repeatedly", "later", "then", "once", "still", "just", "outright",
    "soon", "so", "far", "further", "flatly", "firmly", "strongly", "unanimously", "effectively", "ultimately",
    "eventually", "long", "since", "both",
    "formally", "officially", "publicly", "separately", "first", "finally", "even", "now", "today", "yesterday",
    "'ll", "’ll", "cannot", "won't", "won’t", "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t",
    "hasn't", "hasn’t", "haven't", "haven’t", "wouldn't", "wouldn’t", "couldn't", "couldn’t", "isn't", "isn’t",
    "wasn't", "wasn’t", "weren't", "weren’t", "to", "however", "instead", "meanwhile", "too", "subsequently",
    "immediately", "swiftly", "quickly", "recently", "previously", "earlier", "initially", "thus", "therefore",
    "both", "together", "each", "shortly", "currently", "last", "begun", "began", "begin",
    "begins", "started", "starts", "continued", "continues", "kept", "keeps", "resumed", "stopped", "ceased",
  ]

  /// Verbs of getting something: "received aid from Y" names its giver after "from".
  static let receivingVerbs: WordSet = [
    "received", "receive", "receives", "receiving",
  ]

  /// Nouns of intent whose infinitive tells what their owner means to do:
  /// "reiterated its commitment to support Y".
  static let intentNouns: WordSet = [
    "commitment", "readiness", "willingness", "determination", "intention", "decision", "pledge", "promise",
    "resolve", "plan", "plans", "offer",
  ]

  static let beForms: WordSet = ["is", "are", "was", "were", "be", "been", "being", "got", "get", "gets"]

  /// Verbs that take an infinitive: "managed to", "threatened to", "plans to".
  static let controlVerbs: WordSet = [
    "managed", "tried", "tries", "try", "sought", "seeks", "seek", "agreed", "agree", "agrees", "decided", "decides",
    "plans", "planned", "plan", "planning", "wants", "wanted", "want", "intends", "intended", "vowed", "vows",
    "pledged", "pledges", "promised", "promises", "threatened", "threatens", "threatening", "refused", "refuses",
    "failed", "fails", "continued", "continues", "began", "begins", "started", "starts", "attempted", "attempts",
    "hopes", "hoped", "expected", "set", "going", "ready", "prepared", "moved", "voted", "offered", "offers",
    "aims", "aimed", "declined", "declines", "able", "unable", "likely", "due", "poised", "preparing",
    "appeared", "seemed", "needs", "needed", "has", "have", "had", "used", "is", "are", "was", "were",
    "willing", "eager", "determined", "vowing", "pledging", "seeking", "trying", "ordered", "asked", "urged",
    "fighting", "battling", "struggling",
  ]

  /// Verbs whose object noun names the action: "held talks", "imposed sanctions".
  static let lightVerbs: WordSet = [
    "held", "hold", "holds", "holding", "signed", "sign", "signs", "signing", "reached", "reach", "reaches",
    "launched", "launch", "launches", "launching", "carried", "carry", "carries", "conducted", "conduct",
    "conducts", "staged", "stage", "stages", "imposed", "impose", "imposes", "imposing", "made", "make", "makes",
    "prolonged", "prolong", "prolongs", "prolonging", "pledged", "pledge", "pledges", "pledging", "expressed",
    "express", "expresses", "reiterated", "reiterate",
    "reiterates", "reaffirmed", "reaffirm", "reaffirms", "voiced", "voice", "voices",
    "paid", "pay", "pays", "began", "begin", "begins", "begun", "started", "start", "starts", "sent", "send", "sends",
    "issued", "issue", "issues", "announced", "announce", "announces", "offered", "offer", "offers", "provided",
    "provide", "provides", "struck", "strike", "mounted", "mount", "waged", "wage", "opened", "open", "resumed",
    "resume", "extended", "extend", "slapped", "lodged", "lodge", "filed", "file", "gave", "give", "gives",
    "delivered", "deliver", "continued", "continue", "intensified", "intensify", "stepped", "renewed", "renew",
    "led", "lead", "leads", "organized", "organised", "organize", "concluded", "conclude", "expanded", "expand",
    "received", "receive", "receives", "receiving", "gather", "gathered", "gathers", "convene", "convened",
    "convenes", "sat", "sit", "sits",
    "tightened", "tighten", "approved", "approve", "unleashed", "fired", "dropped", "unveiled",
    "agreed", "ordered", "order", "orders", "authorized", "authorised", "resulted", "produced", "yielded",
    "ended", "brokered", "lifted", "lift", "eased", "ease", "removed", "suspended", "halted", "established",
    "establish", "declared", "declare", "reimposed", "reimpose", "reduced", "cut", "lowered",
    "handed", "hand", "hands", "granted", "grant", "grants", "shipped", "supplied", "donated",
    "showed", "show", "commenced", "commence", "commences", "initiated", "initiate", "undertook", "undertake",
    "undertaken", "escalated", "escalate",
    "speeded", "sped", "accelerated", "completed", "demanded", "urged", "sought", "requested", "published", "publish",
    "adopted", "adopt",
    "released", "went", "go", "goes",
    "going", "performed",
    "commenced", "commence", "initiated", "initiate", "undertook", "undertake", "attended", "attend", "joined",
    "remained", "remain", "remains", "put", "puts", "placed", "place", "increase", "increased", "deepen",
    "deepened", "boost", "boosted", "strengthen", "strengthened", "restored", "restore", "normalized", "normalised",
    "severed", "sever", "broke", "break", "upgraded", "downgraded", "convey", "conveyed", "conveys", "finalized",
    "finalised",
    "join",
    // Present tense, as photo captions and headlines write it: "the minister attends a meeting of …".
    "attends", "attending", "joins", "joining", "conducting", "staging", "opens", "resumes", "resuming", "extends",
    "extending", "lodges", "delivers", "continues", "intensifies", "renews", "organizes", "organises", "concludes",
    "expands", "approves", "eases", "removes", "suspends", "halts", "establishes", "declares", "reduces", "lowers",
    "donates", "initiates", "undertakes", "escalates", "adopts", "restores", "strengthens", "deepens", "severs",
    "upgrades", "completes", "performs", "publishes", "tightens", "finalizes", "finalises",
    "participate", "participates", "participated", "participating",
  ]

  /// Verbs and auxiliaries proper, which never modify a noun.
  static let verbAuxiliaries: WordSet = [
    "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did",
    "does", "do", "is", "are", "was", "were", "be", "been", "being", "not", "to",
  ]

  /// Verbs that undo a measure: "lifted sanctions", "ended the blockade".
  static let reversalVerbs: WordSet = [
    "lifted", "lift", "lifts", "lifting", "eased", "ease", "eases", "easing", "ended", "end", "ends", "ending",
    "removed", "remove", "removes", "relaxed", "relax", "scrapped", "scrap", "dropped", "drop", "halted", "halt",
    "suspended", "suspend", "cancelled", "canceled", "cancel", "withdrew", "withdraw", "rescinded", "revoked",
    "reduced", "reduce", "reduces", "cut", "cuts", "postponed", "postpone", "postpones", "delayed",
    "severed", "sever", "broke", "break", "downgraded",
    "lowered", "lower", "lowers", "loosened", "loosen",
  ]

  /// Nouns of texts that carry an act: "a statement condemning …".
  static let statementNouns: WordSet = [
    "statement", "report", "letter", "resolution", "communique", "declaration", "message", "speech", "note",
    "tweet", "post", "interview", "decree", "order", "motion", "bill",
  ]

  /// Verbs by which talks produce an outcome: "resulted in", "led to".
  static let resultVerbs: WordSet = ["resulted", "led", "produced", "yielded", "ended"]

  /// Prepositions that introduce an action's target.
  static let targetPrepositions: WordSet = [
    "with", "to", "against", "on", "upon", "at", "toward", "towards", "into", "between", "over", "from",
  ]

  /// Words that end a noun phrase read forward or backward.
  static let phraseBreaks: WordSet = [
    "that", "which", "who", "whom", "whose", "where", "when", "while", "after", "before", "because", "since",
    "as", "if", "but", "to", "in", "on", "at", "for", "with", "from", "by", "over", "into", "against", "during",
    "amid", "despite", "about", "under", "toward", "towards", "said", "says", "say", "saying", "told",
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should",
    "must", "did", "does", "do", "not", "upon", "without", "through", "between", "following", "across", "near",
    "unless", "until", "so", "there", "also", "it", "amongst", "among", "within", "off", "out", "down",
    "how", "what", "why", "whether", "or", "nor", "yet", "like", "via", "per", "around", "along", "behind",
    "be", "been", "being", "then", "again", "even", "just", "only", "already", "now", "here", "reportedly",
  ]
}
