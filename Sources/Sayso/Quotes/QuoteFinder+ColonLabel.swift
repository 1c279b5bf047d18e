extension QuoteFinder {
  /// "FARES RISE AGAIN – Tomas Adeyemi: “…”": a name between a dash and the
  /// colon labels the quotation that follows, whatever the words before the
  /// dash are (a link list's headline, a topic).
  func dashedLabel(before colon: Int, floor: Int) -> SpeakerMention? {
    guard colon - 2 >= floor,
      let m = a.reader.mention(endingAt: colon - 1, floor: floor, sentenceStart: a.sentenceStart(of: colon)),
      m.kind == .name || m.kind == .organisation, m.tokens.upperBound == colon,
      m.tokens.lowerBound - 1 >= floor, a.isDash(m.tokens.lowerBound - 1)
    else { return nil }
    return m
  }
}
