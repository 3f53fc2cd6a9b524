extension Attribution {
  /// The reports of the words the cue list lacks in a paragraph whose listed cues have been
  /// read: none overlaps a quote made since `earlier` (the paragraph's first).
  mutating func learnedReports(in paragraph: Range<Int>, block: Int, besides earlier: Int) {
    guard !readingTitle, candidates != nil || learnedCues != nil else { return }
    var t = paragraph.lowerBound
    var participleComma: Int?
    while t < paragraph.upperBound {
      guard !insideQuote[t], !facts[t].shape.isQuoteMark, cue(at: t, reports: true) == nil else {
        t += 1
        continue
      }
      t =
        learnedReport(
          at: t, paragraph: paragraph, block: block, participleComma: &participleComma,
          besides: earlier) ?? t + 1
    }
  }

  /// A word the cue list lacks, taken for a cue when `CueModel` says it reports (`Fishermen
  /// accept that the tolls will rise`): the clause or object it would report is read as a listed
  /// cue's is, and kept when the model's score of the word, its neighbours and that report
  /// reaches the threshold. PolNeAR's cues are a long tail: on train 4,589 of its 5,286
  /// attributions that no Lede quote touched had a cue the list lacks, and by the word alone
  /// only 27% of the cue-like words outside the list were a cue. A report that overlaps a quote
  /// made since `earlier` is the listed cue's. Returns the token to go on from when the word
  /// reports; with `candidates` set, records the word and reports nothing.
  mutating func learnedReport(
    at t: Int, paragraph: Range<Int>, block: Int, participleComma: inout Int?, besides earlier: Int
  ) -> Int? {
    guard learnedCandidate(t) else { return nil }
    let phrase = LexiconPhrase(
      words: [facts[t].hash], kind: .cue, cue: .reportOnly,
      text: scan.text(t..<(t + 1)).lowercased())
    let saved = (quotes: quotes, speakers: speakers)
    var comma = participleComma
    let next = readCue(phrase, at: t, paragraph: paragraph, block: block, participleComma: &comma)
    let spans = quotes[saved.quotes.count...].map(\.span)
    guard !spans.isEmpty,
      !quotes[earlier..<saved.quotes.count].contains(where: { q in
        spans.contains { $0.start < q.span.end && q.span.start < $0.end }
      })
    else {
      (quotes, speakers) = saved
      return nil
    }
    let features = cueFeatures(
      t, paragraph: paragraph, block: block, word: phrase.text, report: spans[0])
    if candidates != nil {
      candidates?.append(
        CueCandidate(
          features: features, cue: Span(start: Int(facts[t].start), end: Int(facts[t].end)),
          spans: spans))
    } else if let model = learnedCues, model.score(features) >= model.threshold {
      participleComma = comma
      return next
    }
    (quotes, speakers) = saved
    return nil
  }

  /// Whether token `t` may be a cue the list lacks: a lowercase word of three letters or more
  /// that is no function word, determiner, pronoun or auxiliary.
  func learnedCandidate(_ t: Int) -> Bool {
    let f = facts[t]
    return f.shape == .lower && f.end - f.start >= 3 && !f.info.contains(.cue)
      && f.info.isDisjoint(with: [
        .function, .determiner, .auxiliary, .pronounMale, .pronounFemale, .pronounPlural,
      ])
  }

  /// The features of a cue at `t` (`word`, lowercased) that reports `report`: the word and its
  /// ending, its neighbours, what speaks it, where it stands in its sentence, and where and how
  /// long its report is and what follows it. Their names are the keys of
  /// `Data/quotes/cue_model.tsv`.
  func cueFeatures(
    _ t: Int, paragraph: Range<Int>, block: Int, word: String, report: Span
  ) -> [String] {
    let sentence = scan.sentences[Int(facts[t].sentence)].tokens.clamped(
      to: paragraph.lowerBound..<paragraph.upperBound)
    let next = cueContext(t + 1, sentence: sentence)
    let ending = String(word.suffix(3))
    var features = [
      "bias", "w=" + word, "s3=" + ending, "s2=" + String(word.suffix(2)),
      "p=" + cueContext(t - 1, sentence: sentence), "p2=" + cueContext(t - 2, sentence: sentence),
      "n=" + next, "n2=" + cueContext(t + 2, sentence: sentence), "wn=" + word + " " + next,
      "s3n=" + ending + " " + next,
    ]
    let subject = resolveSubject(sentence.lowerBound..<t, block: block)
    features.append(
      "subj="
        + (subject.map { s in s.name.flatMap { kindOfName[$0]?.rawValue } ?? "unnamed" } ?? "none"))
    let position = t - sentence.lowerBound
    features.append("pos=" + (position < 3 ? String(position) : position < 6 ? "3-5" : "6+"))
    if sentence.contains(where: { facts[$0].shape.isQuoteMark }) { features.append("quoted") }
    if ((t + 1)..<sentence.upperBound).contains(where: { facts[$0].info.contains(.cue) }) {
      features.append("cueAfter")
    }
    let cueEnd = Int(facts[t].end)
    if report.start >= cueEnd {
      let gap = scan.text(cueEnd, report.start).split(whereSeparator: \.isWhitespace)
        .joined(separator: " ").lowercased()
      features.append("gap=" + (gap.utf8.count <= 12 ? gap : "long"))
    } else {
      features.append("before")
    }
    let length = report.count
    features.append(
      "len="
        + (length < 20 ? "0" : length < 50 ? "1" : length < 100 ? "2" : length < 200 ? "3" : "4"))
    // What follows the report: the sentence's end, or a comma or a word it was cut at.
    if let last = sentence.first(where: { Int(facts[$0].end) >= report.end }) {
      let after = cueContext(last + 1, sentence: sentence)
      let twoAfter = cueContext(last + 2, sentence: sentence)
      features.append("end=" + after)
      features.append("end2=" + after + " " + twoAfter)
    }
    return features
  }

  /// How a feature names the token at `i`: a lowercase word, a function word or pronoun as
  /// lowercase, `Cap` for another capitalised word, `num`, a punctuation mark's shape, and `<s>`
  /// or `</s>` outside the sentence.
  func cueContext(_ i: Int, sentence: Range<Int>) -> String {
    guard sentence.contains(i) else { return i < sentence.lowerBound ? "<s>" : "</s>" }
    let f = facts[i]
    switch f.shape {
    case .lower:
      return scan.text(i..<(i + 1)).lowercased()
    case .capitalized, .allCaps, .initial:
      return f.info.isDisjoint(with: [
        .function, .determiner, .pronounMale, .pronounFemale, .pronounPlural,
      ])
        ? "Cap" : scan.text(i..<(i + 1)).lowercased()
    case .number:
      return "num"
    default:
      return "\(f.shape)"
    }
  }
}
