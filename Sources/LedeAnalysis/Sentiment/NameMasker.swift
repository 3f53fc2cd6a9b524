import LedeCore

/// Masks the tokens of names in news mode, so that "United States", "Hope Nguyen" or "the
/// Paradise junction" do not score through the lexicon words they contain.
///
/// Masked: the caller's entity spans; known multi-word names ("United Nations"); known
/// name-words ("Kim", "Hope") when capitalised and not sentence-initial or followed by another
/// capitalised word; and, outside headlines, any capitalised word that does not start a
/// sentence, a quotation or a clause after a colon. Edited news copy capitalises a word inside a
/// sentence only when it names something; headlines capitalise every word, so there only the
/// lists apply. Whether a sentence is in headline case is the token layer's decision for its
/// block when the sentence comes from an article, and the one rule (`HeadlineCase`) over its
/// own words when it is free text.
struct NameMasker {
  let resources: SentimentResources

  /// Masks the names among `tokens`; `headline` says whether the text is set in headline case
  /// (nil: decide from the tokens). A word the token layer flagged `initial` (a sentence's first
  /// word, or the first after a colon or an opening quotation mark that opens it) says nothing
  /// by its capital; nor here does a word that opens a quotation or a bracket inside a sentence
  /// (`said, "Terrible …"`), which the layer leaves unflagged, as the entity recogniser reads
  /// it: sentence r on the Tests dev set 0.637 with it, 0.634 without.
  func mask(
    _ tokens: UnsafeMutableBufferPointer<SentimentToken>, masks: [Range<Int>],
    headline: Bool? = nil
  ) {
    let count = tokens.count
    guard count > 0 else { return }
    for i in tokens.indices where !tokens[i].edges.isDisjoint(with: [.openQuote, .openParen]) {
      tokens[i].traits.insert(.initial)
    }
    if !masks.isEmpty {
      for i in 0..<count where overlaps(tokens[i], masks) { NameMasker.mask(&tokens[i]) }
    }
    let headline = headline ?? NameMasker.isHeadline(UnsafeBufferPointer(tokens))

    var i = 0
    while i < count {
      let token = tokens[i]
      let entry = token.entry
      let capitalized = token.traits.contains(.capitalized) || token.traits.contains(.upper)
      guard entry >= 0, capitalized else {
        i += 1
        continue
      }
      let flags = resources.table[entry].flags
      if flags.contains(.nameStart), let length = knownName(tokens, at: i) {
        for j in i..<(i + length) { NameMasker.mask(&tokens[j]) }
        i += length
        continue
      }
      let nextCapitalized =
        i + 1 < count && tokens[i + 1].traits.contains(.capitalized)
        && !tokens[i].edges.contains(.sentenceEnd)
      if flags.contains(.nameWord) && token.traits.contains(.capitalized)
        && (!token.traits.contains(.initial) || nextCapitalized)
      {
        NameMasker.mask(&tokens[i])
      } else if !headline && token.traits.contains(.capitalized)
        && !token.traits.contains(.initial)
      {
        NameMasker.mask(&tokens[i])
      }
      i += 1
    }
  }

  /// The length of the known name starting at `i`, its words capitalised (or connectors such
  /// as "of"), or nil.
  private func knownName(_ tokens: UnsafeMutableBufferPointer<SentimentToken>, at i: Int) -> Int? {
    for name in resources.news.names(startingWith: tokens[i].entry) {
      guard i + name.words.count <= tokens.count else { continue }
      var matches = true
      for (offset, word) in name.words.enumerated() {
        let token = tokens[i + offset]
        let cased = token.traits.contains(.capitalized) || token.traits.contains(.upper)
        if token.entry != word || !(cased || token.role == .of || offset == 0) {
          matches = false
          break
        }
        if offset < name.words.count - 1 && token.edges.contains(.sentenceEnd) {
          matches = false
          break
        }
      }
      if matches { return name.words.count }
    }
    return nil
  }

  /// Whether free text is in headline case: the one rule (`HeadlineCase`, as for a line that
  /// may be a title) over its words of four bytes or more.
  static func isHeadline(_ tokens: UnsafeBufferPointer<SentimentToken>) -> Bool {
    var tally = HeadlineCase.Tally()
    for token in tokens where token.traits.contains(.word) {
      guard Int(token.end - token.start) >= HeadlineCase.minimumWordLength else { continue }
      tally.add(
        capitalised: token.traits.contains(.capitalized) || token.traits.contains(.upper),
        allCaps: token.traits.contains(.upper))
    }
    return HeadlineCase.isHeadline(tally, role: nil)
  }

  private func overlaps(_ token: SentimentToken, _ masks: [Range<Int>]) -> Bool {
    let start = Int(token.start)
    let end = Int(token.end)
    for mask in masks where mask.lowerBound < end && start < mask.upperBound { return true }
    return false
  }

  /// Scores a token as a neutral word: no valence, no booster, no negation, no role.
  static func mask(_ token: inout SentimentToken) {
    token.traits.subtract([.valence, .booster, .negates])
    token.traits.insert(.masked)
    token.role = .none
  }
}
