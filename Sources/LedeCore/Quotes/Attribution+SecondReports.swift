extension Attribution {
  /// Whether `and` opens a second report with a subject of its own (`… about the economy, and
  /// more than 4 in 10 said …`, `and other party leaders said`): a plain verb of saying within
  /// a few words after it, with only words between. On PolNeAR train indirect F1 0.541 -> 0.542
  /// (R 0.448 -> 0.449; 18 of 26 more reports right), dev 0.551 either way.
  func secondReport(after and: Int, end: Int) -> Bool {
    var j = and + 2
    while j < min(end, and + 8) {
      let f = facts[j]
      guard f.shape.isWord || f.shape == .number, !insideQuote[j] else { return false }
      if f.shape == .lower, f.info.contains(.cue),
        facts[j - 1].shape.isWord || facts[j - 1].shape == .number,
        !Attribution.nounDeterminers.contains(facts[j - 1].hash), !facts[j - 1].possessive,
        ReportingVerbs.plainWords.contains(scan.text(j..<(j + 1)).lowercased())
      {
        return true
      }
      j += 1
    }
    return false
  }
}
