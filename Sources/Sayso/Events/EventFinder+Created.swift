extension EventFinder {
  /// Whether a phrase is something made by the verb before it: "agreed to
  /// set up a research centre in Iraq", "will build a school in Gaza". What
  /// is built or founded is no party to the act, though "centre" or "school"
  /// can name an institution elsewhere; the place it goes to is the target.
  func isCreated(_ object: Range<Int>) -> Bool {
    var k = object.lowerBound - 1
    if k >= 0, tokens[k].lower == "up" { k -= 1 }
    guard k >= 0, tokens[k].kind == .word else { return false }
    let verb = tokens[k].lower
    if tokens[k + 1].lower == "up" { return Self.settingUp.contains(verb) }
    return Self.creatingVerbs.contains(verb)
  }

  /// Verbs that bring something new into being ("open" is left out: borders
  /// and talks are opened, not made).
  static let creatingVerbs: WordSet = [
    "build", "builds", "built", "building", "establish", "establishes", "established", "establishing", "create",
    "creates", "created", "creating", "construct", "constructs", "constructed", "constructing", "founded",
    "install", "installs", "installed", "installing",
  ]

  /// Verbs that found something with "up": "set up", "put up".
  static let settingUp: WordSet = ["set", "sets", "setting", "put", "puts", "putting"]
}
