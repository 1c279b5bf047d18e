extension EventAssembler {
  /// The country of an actor the text names without one, read from what
  /// surrounds the event: news names a leader by title alone ("President
  /// Yoweri Museveni has banned Ugandan opposition candidates") when the
  /// clause or the dateline already says which country it is about.
  ///
  /// The clause is the reported content when the event sits in a quotation,
  /// else the sentence; when it names no country the sentence counts, then
  /// the dateline. Exactly one country must be left. Between two governments
  /// or armies the other side is foreign, so its country does not count
  /// ("President Bush threatened Russia" says nothing of Bush); rebels,
  /// protesters, a party or an ousted leader are usually domestic, and there
  /// it does.
  func contextCountry(of argument: EventArgument, clause: [Range<Int>], sentence: Range<Int>, other: EventArgument?)
    -> String?
  {
    let own = TextSpan(argument.start, argument.end)
    var countries = countries(in: clause, excluding: own)
    if countries.isEmpty, clause != [sentence] { countries = self.countries(in: [sentence], excluding: own) }
    if countries.isEmpty, let place = document.dateline?.place,
      let code = coder.countries.code(for: place.lowercased())
    {
      countries = [code]
    }
    // Only an actor known to be outside the state (a rebel, a protester, an
    // ousted leader) may share the country of a government it faces.
    let outsider = argument.actorCode.map { !Self.isState($0) } ?? false
    if !outsider, let theirs = other?.actorCode, Self.isState(theirs),
      let country = theirs.split(separator: " ").first
    {
      countries.removeAll { $0 == country }
    }
    return countries.count == 1 ? countries[0] : nil
  }

  /// The countries named in some token ranges outside the actor's own words
  /// (the coder has read those already), in order, each once.
  func countries(in ranges: [Range<Int>], excluding own: TextSpan) -> [String] {
    let tokens = analysis.tokens
    func outside(_ k: Int) -> Bool { tokens[k].start < own.start || tokens[k].start >= own.end }
    var countries: [String] = []
    for range in ranges {
      var k = range.lowerBound
      while k < range.upperBound {
        guard tokens[k].isCapitalized, outside(k) else {
          k += 1
          continue
        }
        // Only capitalised runs can name a country; a word either side
        // tells "ethnic Albanians" and "Israel's allies" apart.
        var end = k + 1
        while end < range.upperBound, end - k < 6, outside(end),
          tokens[end].isCapitalized || ["of", "and", "the"].contains(tokens[end].lower)
        {
          end += 1
        }
        let words = (max(range.lowerBound, k - 1)..<min(range.upperBound, end + 3)).filter(outside).map {
          j -> (word: String, capitalized: Bool) in
          let t = tokens[j]
          return (t.classes.contains(.possessive) ? Self.stripPossessive(t.lower) : t.lower, t.isCapitalized)
        }
        for code in coder.countries(in: words) where !countries.contains(code) { countries.append(code) }
        k = end
      }
    }
    return countries
  }

  /// Whether a code names a state actor: a government or its army.
  static func isState(_ code: String) -> Bool {
    code.hasSuffix(" GOV") || code.hasSuffix(" MIL")
  }

  /// The token ranges of the clause an event is read in.
  func clause(of sentence: Range<Int>, quote: Quote?) -> [Range<Int>] {
    guard let quote else { return [sentence] }
    let tokens = analysis.tokens
    return quote.spans.map { span in
      let first = tokens[sentence].firstIndex { $0.start >= span.start } ?? sentence.upperBound
      var last = first
      while last < sentence.upperBound, tokens[last].end <= span.end { last += 1 }
      return first..<last
    }
  }

  /// Fills in the country of an actor coded without one ("--- GOV").
  func withContextCountry(
    _ argument: EventArgument?, clause: [Range<Int>], sentence: Range<Int>, other: EventArgument?
  ) -> EventArgument? {
    guard var argument else { return nil }
    let code = argument.actorCode
    let lower = argument.text.lowercased()
    // "We" and "I" in a quotation are the speaker's side; the country the
    // clause names is more often the other one.
    guard !["i", "we", "me", "us", "my", "our"].contains(lower) else { return argument }
    // An actor the coder gave a sector ("President …" is "--- GOV"), or an
    // organisation it knows nothing about ("the UNITA militarist wing"); a
    // person's bare name says too little to borrow a country for it.
    let organisation =
      code == nil && !Self.pronouns.contains(lower)
      && argument.entity.map { id in
        document.entities.contains { $0.id == id && ($0.type == .organisation || $0.type == .group) }
      } == true
    guard code?.hasPrefix("--- ") == true || organisation,
      let country = contextCountry(of: argument, clause: clause, sentence: sentence, other: other)
    else { return argument }
    argument.actorCode = country + (code ?? "---").dropFirst(3)
    return argument
  }
}
