/// News mode's rules between tokenizing and VADER's valence rules: news phrases, words whose
/// sense depends on their neighbours, quotation and hedge weights, and the "but" rule.
struct NewsRules {
  let resources: SentimentResources
  let parameters: NewsParameters

  func apply(_ tokens: UnsafeMutableBufferPointer<SentimentToken>) {
    if parameters.phrases { matchPhrases(tokens) }
    if parameters.contextRules { senses(tokens) }
    weighQuotes(tokens)
    weighReported(tokens)
    weighHedges(tokens)
  }

  /// Rules that read the valences VADER's rules produced: "little"/"few" before a positive
  /// word denies it ("little progress"), a negated quantifier ("not everyone", "not all")
  /// negates its whole clause, beyond VADER's three-word window, and a negated negative word
  /// counts less (`NewsParameters.negatedNegative`).
  func adjust(
    _ tokens: UnsafeBufferPointer<SentimentToken>, _ valences: UnsafeMutableBufferPointer<Double>
  ) {
    let negation = resources.rules.negationScalar
    var clauseNegatedFrom = Int.max
    for i in tokens.indices {
      if i > 0 && tokens[i - 1].role == .little && valences[i] > 0
        && !(i > 1 && tokens[i - 2].role == .article)
      {
        valences[i] *= negation
      }
      if i > 0 && tokens[i - 1].negates && tokens[i].role == .quantifier {
        clauseNegatedFrom = i + 3
      }
      if i >= clauseNegatedFrom { valences[i] *= negation }
      if NewsRules.endsClause(tokens, i) { clauseNegatedFrom = Int.max }
    }
    // A negative word the rules turned positive: denying harm is not praise ("not guilty",
    // "didn't fail", "don't be fooled").
    for i in tokens.indices where tokens[i].hasValence && tokens[i].valence < 0 && valences[i] > 0 {
      valences[i] *= parameters.negatedNegative
    }
  }

  /// Whether a clause ends after token `i`: at `,` `;` `:` `.`, or before "but", "while", "who".
  @inline(__always)
  static func endsClause(_ tokens: UnsafeBufferPointer<SentimentToken>, _ i: Int) -> Bool {
    !tokens[i].edges.isDisjoint(with: [.clauseEnd, .sentenceEnd])
      || (i + 1 < tokens.count && tokens[i + 1].role.breaksClause)
  }

  /// Reported speech: after "said", "told", "insisted"… the words are the speaker's.
  private func weighReported(_ tokens: UnsafeMutableBufferPointer<SentimentToken>) {
    guard parameters.reportedWeight != 1 else { return }
    var reported = false
    for i in tokens.indices {
      if reported && !tokens[i].traits.contains(.quoted) {
        tokens[i].weight *= parameters.reportedWeight
      }
      if tokens[i].role == .reporting && !tokens[i].traits.contains(.masked) { reported = true }
      if tokens[i].edges.contains(.sentenceEnd) { reported = false }
    }
  }

  /// Multi-word terms of the news lexicon: the first word carries the phrase's valence, the
  /// others become neutral. A phrase never spans a masked word or a clause break.
  private func matchPhrases(_ tokens: UnsafeMutableBufferPointer<SentimentToken>) {

    var i = 0
    while i < tokens.count {
      let entry = tokens[i].entry
      guard entry >= 0, resources.table[entry].flags.contains(.newsPhraseStart),
        !tokens[i].traits.contains(.masked)
      else {
        i += 1
        continue
      }
      var matched = 0
      for phrase in resources.news.phrases(startingWith: entry) {
        let length = phrase.words.count
        guard i + length <= tokens.count else { continue }
        var ok = true
        for offset in 0..<length {
          let token = tokens[i + offset]
          if token.entry != phrase.words[offset] || token.traits.contains(.masked)
            || (offset < length - 1 && !token.edges.isDisjoint(with: [.clauseEnd, .sentenceEnd]))
          {
            ok = false
            break
          }
        }
        if ok {
          tokens[i].traits.subtract([.booster, .negates])
          if phrase.value != 0 {
            tokens[i].traits.insert(.valence)
            tokens[i].valence = phrase.value
          } else {
            tokens[i].traits.remove(.valence)
          }
          for offset in 1..<length {
            tokens[i + offset].traits.subtract([.valence, .booster, .negates])
            tokens[i + offset].traits.insert(.phraseTail)
          }
          matched = length
          break
        }
      }
      i += max(matched, 1)
    }
  }

  /// Words with a sentiment sense and a neutral one: "like" is a verb only after a subject
  /// ("I like", "they would like"); "well" is neutral in "as well" and as a discourse marker.
  private func senses(_ tokens: UnsafeMutableBufferPointer<SentimentToken>) {
    for i in tokens.indices where tokens[i].hasValence {
      switch tokens[i].role {
      case .like:
        let previous = i > 0 ? tokens[i - 1].role : .none
        if previous != .subject && previous != .modalWould && !(i > 0 && tokens[i - 1].negates) {
          tokens[i].traits.remove(.valence)
        }
      case .no:
        // "no plans", "no debt": a determiner that negates what follows (VADER's rule does
        // that) but is not itself a negative word; "No." and "no, …" keep their valence.
        if i + 1 < tokens.count && tokens[i].edges.isDisjoint(with: [.clauseEnd, .sentenceEnd]) {
          tokens[i].traits.remove(.valence)
        }
      case .well:
        let afterAs = i > 0 && tokens[i - 1].role == .asWord
        let beforeAs = i + 1 < tokens.count && tokens[i + 1].role == .asWord
        if afterAs || beforeAs || tokens[i].edges.contains(.clauseEnd) {
          tokens[i].traits.remove(.valence)
        }
      default: break
      }
    }
  }

  /// Words inside a quotation (`quoted`, as the token layer found it over the paragraph).
  private func weighQuotes(_ tokens: UnsafeMutableBufferPointer<SentimentToken>) {
    guard parameters.quoteWeight != 1 else { return }
    var quotedWords = 0
    var words = 0
    for token in tokens where token.traits.contains(.word) {
      words += 1
      if token.traits.contains(.quoted) { quotedWords += 1 }
    }
    // A sentence that is mostly quotation is the quote, framed by its attribution: readers take
    // its tone whole. A quote inside the author's narration is weighed apart.
    guard quotedWords * 2 < words else { return }
    for i in tokens.indices where tokens[i].traits.contains(.quoted) {
      tokens[i].weight *= parameters.quoteWeight
    }
  }

  /// A hedge dampens the rest of its clause.
  private func weighHedges(_ tokens: UnsafeMutableBufferPointer<SentimentToken>) {
    guard parameters.hedgeWeight != 1 else { return }
    var hedged = false
    for i in tokens.indices {
      if hedged { tokens[i].weight *= parameters.hedgeWeight }
      if tokens[i].role == .hedge && !tokens[i].traits.contains(.masked) { hedged = true }
      if NewsRules.endsClause(UnsafeBufferPointer(tokens), i) { hedged = false }
    }
  }

  /// Words before the first "but" count less and words after it more (VADER's rule, by position).
  func applyBut(
    _ tokens: UnsafeBufferPointer<SentimentToken>, _ valences: UnsafeMutableBufferPointer<Double>
  ) {
    guard let but = tokens.firstIndex(where: { $0.role == .but && !$0.traits.contains(.masked) })
    else { return }
    for i in valences.indices where i != but {
      valences[i] *= i < but ? parameters.butBefore : parameters.butAfter
    }
  }
}
