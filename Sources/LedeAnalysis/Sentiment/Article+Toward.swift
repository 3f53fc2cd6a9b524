import LedeCore

/// The tone one referent gets over its mentions: each mention's tone, and their mean with its
/// interval.
public struct ToneSummary: Sendable {
  /// One mention and the tone its sentence takes toward it.
  public struct Mention: Sendable {
    /// The mention, in the article's text.
    public var span: Span
    /// The index of its sentence.
    public var sentence: Int
    public var tone: TowardResult
  }

  /// The mentions in text order.
  public var mentions: [Mention]
  /// The mean of the mentions' scores, with count and 95% interval.
  public var mean: MeanInterval

  /// The most frequent label; a tie goes to neutral, else to the label of the mean's sign.
  public var label: TowardResult.Label {
    var counts: [TowardResult.Label: Int] = [:]
    for m in mentions { counts[m.tone.label, default: 0] += 1 }
    let top = counts.values.max() ?? 0
    let leaders = TowardResult.Label.allCases.filter { counts[$0] == top }
    if leaders.count == 1 { return leaders[0] }
    if leaders.contains(.neutral) || mean.mean == 0 { return .neutral }
    return mean.mean > 0 ? .positive : .negative
  }

  /// How many mentions have `label`.
  public func count(_ label: TowardResult.Label) -> Int {
    mentions.filter { $0.tone.label == label }.count
  }
}

extension Article {
  /// The tone toward the mentions at `spans` (byte spans of the text; each is scored in the
  /// sentence that holds it, read from the article's token layer as `sentenceSentiments` reads
  /// it).
  public func toward(mentions spans: [Span]) -> ToneSummary {
    let sentences = self.sentences
    guard !spans.isEmpty else { return ToneSummary(mentions: [], mean: MeanInterval([])) }
    let layer = tokenLayer
    var text = self.text
    var out: [ToneSummary.Mention] = []
    for span in spans.sorted() {
      // Sentences are in text order: binary search for the one that holds the mention.
      var low = 0
      var high = sentences.count - 1
      var found: Int?
      while low <= high {
        let mid = (low + high) / 2
        let s = sentences[mid].span
        if span.end <= s.start {
          high = mid - 1
        } else if span.start >= s.end {
          low = mid + 1
        } else {
          found = s.contains(span) ? mid : nil
          break
        }
      }
      guard let index = found else { continue }
      let tone = text.withUTF8 { bytes in
        SentimentAnalyzer.shared.toward(
          bytes, layer: layer, sentence: sentences[index], target: span.start..<span.end)
      }
      out.append(ToneSummary.Mention(span: span, sentence: index, tone: tone))
    }
    return ToneSummary(mentions: out, mean: MeanInterval(out.map(\.tone.score)))
  }

  /// The spans of the entity mentions that name `name`: its canonical name or its text,
  /// compared without case, or a whole-word part of the canonical name ("Putin" for
  /// "Vladimir Putin"); when no entity matches, the places with that name, then the name's
  /// occurrences as whole words in the text.
  public func mentionSpans(of name: String) -> [Span] {
    let needle = name.lowercased()
    guard !needle.isEmpty else { return [] }
    let entities = self.entities
    let exact = entities.filter {
      $0.canonical.lowercased() == needle || $0.text.lowercased() == needle
    }
    let canonical = Set(exact.map(\.canonical))
    var spans = entities.filter { canonical.contains($0.canonical) }.map(\.span)
    if spans.isEmpty {
      let partial = entities.filter {
        $0.canonical.lowercased().split(separator: " ").contains(Substring(needle))
      }
      spans = partial.map(\.span)
    }
    if spans.isEmpty {
      spans = places.filter { $0.name.lowercased() == needle }.map(\.span)
    }
    if spans.isEmpty {
      spans = wordOccurrences(of: name)
    }
    return Array(Set(spans)).sorted()
  }

  /// The occurrences of `name` in the text on word boundaries, as given (`TargetLocator`).
  private func wordOccurrences(of name: String) -> [Span] {
    var text = self.text
    return text.withUTF8 { bytes in
      TargetLocator.occurrences(of: Array(name.utf8), in: bytes).map {
        Span(start: $0.lowerBound, end: $0.upperBound)
      }
    }
  }
}
