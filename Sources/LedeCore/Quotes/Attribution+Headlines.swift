extension Attribution {
  /// `Mayor Ana Holt: Budget will pass`, `Poll: Trump leads in Ohio`: a headline that opens with
  /// a short name and a colon reports what follows the colon as the name's. On PolNeAR train, of
  /// the headlines whose words before the colon were one person or organisation, 46 of 52 had
  /// the rest annotated so. Any other run of up to five capitalised words counts too (`NY Post:`,
  /// `Poll:`, `Clinton camp:`), but for a label in capitals (`BREAKING:`) and a run that opens
  /// with a determiner (`The Latest:`): train indirect F1 0.516 → 0.517.
  mutating func headlineColon(_ tokens: Range<Int>, block: Int) {
    guard let first = tokens.first,
      let colon = (first..<min(tokens.upperBound, first + 6)).first(where: {
        facts[$0].shape == .colon
      }), colon > first
    else { return }
    let mention = analysis.mention(covering: first).flatMap { m in
      m.tokens == first..<colon && (m.kind == .person || m.kind == .organization)
        && m.canonical != nil ? m : nil
    }
    if mention == nil {
      guard
        (first..<colon).allSatisfy({
          facts[$0].shape.isCapitalized || facts[$0].shape == .dash || facts[$0].possessive
        }),
        !(colon == first + 1 && facts[first].shape == .allCaps),
        !facts[first].info.contains(.determiner)
      else { return }
    }
    var end = tokens.upperBound
    while end > colon + 1, facts[end - 1].shape.endsSentence { end -= 1 }
    guard end - colon > 2 else { return }
    let speaker = Speaker(
      name: mention?.canonical,
      span: mention?.span ?? Span(start: Int(facts[first].start), end: Int(facts[colon - 1].end)),
      token: first, block: block, gender: mention?.gender ?? .unknown)
    emitIndirect((colon + 1)..<end, speaker: speaker, cue: ":", token: colon, block: block)
  }
}
