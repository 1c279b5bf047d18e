extension EventFinder {
  /// "X called President Y on Saturday": a call to someone with a title is a
  /// phone conversation, not the particle verb "call on".
  func phoneCall(_ k: Int, ceiling: Int, source: Range<Int>, skipped: [String]) -> [EventDraft] {
    guard let target = object(from: k + 1, ceiling: ceiling, stopAtOf: false),
      target.contains(where: { tokens[$0].classes.contains(.titles) }),
      // "called the president a liar" names, it does not phone.
      !target.dropFirst().contains(where: { tokens[$0].classes.contains(.determiners) })
    else { return [] }
    let draft = EventDraft(
      type: .consult, mode: "phone", source: source, target: target, trigger: k..<(k + 1),
      modality: modality(skipped, at: k, floor: analysis.sentenceStart(of: k)), evidence: "event.phone-call")
    return coordinated(draft)
  }
}
