extension Attribution {
  /// `questions about his record`, `Reed's criticism of the plan`: a noun of saying and its
  /// preposition (tagged `noun` in the cue list) report the object after them, as PolNeAR
  /// annotates it; the possessor or the name before the noun, if any, is the speaker. The
  /// object ends as a report verb's does, at punctuation. Returns the token to go on from when
  /// it reported.
  mutating func nominalReport(at t: Int, after: Int, end: Int, block: Int, cueText: String)
    -> Int?
  {
    guard after < end, !isQuoted(after), opensObject(after) else { return nil }
    var stop = after
    while stop < end, !Attribution.objectBreaks.contains(facts[stop].shape), !isQuoted(stop) {
      stop += 1
    }
    stop = clauseEnd(after, end: stop)
    guard stop > after else { return nil }
    let possessor =
      t > 0
      && (facts[t - 1].possessive
        || facts[t - 1].info.contains(.determiner)
          && !facts[t - 1].info.intersection(WordInfo.pronoun).isEmpty)
    var speaker = possessor ? resolveSubject((t - 1)..<t, block: block) : nil
    // `United States concerns about …`: a name right before the noun modifies it as a
    // possessor would, and speaks.
    if !possessor, t > 0, let m = analysis.mention(covering: t - 1), m.tokens.upperBound == t,
      m.kind == .person || m.kind == .organization || m.kind == .place
    {
      speaker = resolveSubject(m.tokens, block: block)
    }
    emitIndirect(after..<stop, speaker: speaker, cue: cueText, token: t, block: block)
    return stop
  }
}
