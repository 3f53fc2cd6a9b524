extension Attribution {
  /// The values of `len=`, `pos=` and `subj=` and the gap marks, hashed once.
  static let cueValues: [String: UInt64] = {
    let names =
      ["0", "1", "2", "3", "4", "3-5", "6+", "<none>", "<long>", "<before>", "<unnamed>"]
      + EntityKind.allCases.map(\.rawValue)
    return Dictionary(uniqueKeysWithValues: names.map { ($0, WordHash.of($0)) })
  }()

  /// The features of a word at `t` that the model scores before the word's report is read:
  /// the word and its ending, its neighbours, where it stands in its sentence, and whether the
  /// sentence quotes or has a listed cue after it. They cost a few hashes, so every word the
  /// model knows is scored by them first (`CueModel.early`). Scored by `weights` as they are
  /// read, or, without, kept with their names for training.
  func cueWordFeatures(_ t: Int, sentence: Range<Int>, weights: KeyMap<Float>?) -> CueFeatures {
    let templates = cueTables
    var features = CueFeatures(weights: weights)
    let word = facts[t].hash
    let start = Int(facts[t].start)
    let end = Int(facts[t].end)
    // The last three and two bytes: the word's ending (`-ed`, `-es`) for words seen rarely;
    // `<x>` for an ending that is not ASCII (`don’t`), whose bytes would cut a letter.
    let ascii = scan.bytes[max(start, end - 3)..<end].allSatisfy { $0 < 0x80 }
    let (s3, s2) =
      ascii
      ? scan.bytes.withUnsafeBufferPointer {
        (
          WordHash.of($0, from: max(start, end - 3), to: end),
          WordHash.of($0, from: max(start, end - 2), to: end)
        )
      } : (templates.marks[4], templates.marks[4])
    let previous = cueContext(t - 1, sentence: sentence)
    let previous2 = cueContext(t - 2, sentence: sentence)
    let next = cueContext(t + 1, sentence: sentence)
    let next2 = cueContext(t + 2, sentence: sentence)
    let position = min(t - sentence.lowerBound, 6)
    features.add(templates.bias)
    features.add(templates.word, word)
    features.add(templates.suffix3, s3)
    features.add(templates.suffix2, s2)
    features.add(templates.previous, contextHash(previous))
    features.add(templates.previous2, contextHash(previous2))
    features.add(templates.next, contextHash(next))
    features.add(templates.next2, contextHash(next2))
    features.add(templates.wordNext, word, contextHash(next))
    features.add(templates.suffixNext, s3, contextHash(next))
    features.add(templates.position, templates.positions[position])
    // Names are made for training only, in the order of the keys.
    if weights == nil {
      let text = scan.text(t..<(t + 1)).lowercased()
      let ending3 = ascii ? scan.text(max(start, end - 3), end).lowercased() : "<x>"
      let values = [
        text, ending3, ascii ? scan.text(max(start, end - 2), end).lowercased() : "<x>",
        contextName(previous),
        contextName(previous2), contextName(next), contextName(next2),
        text + " " + contextName(next), ending3 + " " + contextName(next),
        templates.positionNames[position],
      ]
      features.names = [templates.bias.name]
      for (template, value) in zip(
        [
          templates.word, templates.suffix3, templates.suffix2, templates.previous,
          templates.previous2, templates.next, templates.next2, templates.wordNext,
          templates.suffixNext, templates.position,
        ], values)
      {
        features.names?.append(template.name + "=" + value)
      }
    }
    // Whether the sentence quotes, and whether a listed cue follows: a sentence scan each.
    if sentence.contains(where: { facts[$0].shape.isQuoteMark }) {
      features.add(templates.quoted)
    }
    if ((t + 1)..<sentence.upperBound).contains(where: { facts[$0].info.contains(.cue) }) {
      features.add(templates.cueAfter)
    }
    return features
  }

  /// Adds the features of the report `quote` that the word at `t` makes: what speaks it, and
  /// where and how long the report is and what follows it.
  func addReportFeatures(
    _ features: inout CueFeatures, _ t: Int, sentence: Range<Int>, quote: Quote
  ) {
    let templates = cueTables
    let report = quote.span
    let end = Int(facts[t].end)
    addValue(
      &features, templates.subject,
      quote.speakerKind?.rawValue ?? (quote.source == nil ? "<none>" : "<unnamed>"))
    if report.start >= end {
      // The words between the cue and its report: none, one or two (`that`, `reporters
      // that`), or more.
      var i = t + 1
      while i < sentence.upperBound, Int(facts[i].start) < report.start { i += 1 }
      switch i - t - 1 {
      case 0: addValue(&features, templates.gap, "<none>")
      case 1: features.add(templates.gap, facts[t + 1].hash, contextName(t + 1))
      case 2:
        features.add(
          templates.gap, facts[t + 1].hash, facts[t + 2].hash,
          contextName(t + 1) + " " + contextName(t + 2))
      default: addValue(&features, templates.gap, "<long>")
      }
    } else {
      addValue(&features, templates.gap, "<before>")
    }
    let length = report.count
    addValue(
      &features, templates.length,
      length < 20 ? "0" : length < 50 ? "1" : length < 100 ? "2" : length < 200 ? "3" : "4")
    // What follows the report: the sentence's end, or a comma or a word it was cut at.
    if let last = sentence.first(where: { Int(facts[$0].end) >= report.end }) {
      let after = cueContext(last + 1, sentence: sentence)
      let twoAfter = cueContext(last + 2, sentence: sentence)
      features.add(templates.end, contextHash(after), contextName(after))
      features.add(
        templates.end2, contextHash(after), contextHash(twoAfter),
        contextName(after) + " " + contextName(twoAfter))
    }
  }

  /// Adds a feature whose value is one of `cueValues`.
  private func addValue(
    _ features: inout CueFeatures, _ template: CueFeatures.Template, _ value: String
  ) {
    features.add(template, Attribution.cueValues[value] ?? WordHash.of(value), value)
  }

  /// How a feature names the token at `i`: the token itself (its index) for a lowercase word
  /// and for a capitalised function word or pronoun (`The`, `He`), else a mark's code, below 0:
  /// `<s>` and `</s>` outside the sentence, `<cap>` for another capitalised word, `<num>`, or a
  /// punctuation mark's shape (`CueFeatures.Tables.marks`).
  func cueContext(_ i: Int, sentence: Range<Int>) -> Int {
    guard sentence.contains(i) else { return i < sentence.lowerBound ? -1 : -2 }
    let f = facts[i]
    switch f.shape {
    case .lower:
      return i
    case .capitalized, .allCaps, .initial:
      return f.info.isDisjoint(with: [
        .function, .determiner, .pronounMale, .pronounFemale, .pronounPlural,
      ])
        ? -3 : i
    case .number:
      return -4
    default:
      return -6 - Int(f.shape.raw)
    }
  }

  /// The word hash of a `cueContext` code.
  func contextHash(_ code: Int) -> UInt64 {
    code >= 0 ? facts[code].hash : cueTables.marks[-code - 1]
  }

  /// The name of a `cueContext` code, as the model file writes it.
  func contextName(_ code: Int) -> String {
    code >= 0 ? scan.text(code..<(code + 1)).lowercased() : cueTables.markNames[-code - 1]
  }
}
