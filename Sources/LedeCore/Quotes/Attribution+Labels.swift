extension Attribution {
  /// A transcript label's paragraph (`SMITH: …`, `REPORTER (voice-over): …`) is a direct quote
  /// of whom the label names.
  mutating func labelQuote(_ label: SpeakerLabel, block: Int, blockEnd: Int) {
    guard label.contentStart < facts.count else { return }
    let content = QuoteMarks.trimmed(scan, Int(facts[label.contentStart].start), blockEnd)
    var speaker: Speaker?
    if let name = label.name {
      let canonical =
        analysis.mention(covering: name.lowerBound)?.canonical
        ?? SpeakerLabel.titleCased(scan.text(name))
      speaker = Speaker(
        name: canonical, span: scan.nameSpan(name), token: name.lowerBound, block: block,
        gender: analysis.genders[canonical] ?? .unknown, rule: .label)
      if let role = label.role {
        labelledRoles[Attribution.reporterRoles.contains(role) ? 0 : role] = speaker
      }
    } else if let role = label.role {
      speaker = labelledRoles[Attribution.reporterRoles.contains(role) ? 0 : role]
    }
    var s = speaker
    if label.name == nil { s?.span = nil }  // `REPORTER (voice-over):` names no one here
    quotes.append(makeQuote(content, kind: .direct, speaker: s, cue: nil))
    if var s = speaker {
      s.token = label.colon
      record(s)
    }
  }
}
