/// The one headline test: whether a block is set in headline case, so that its capitals say
/// nothing about names. The token layer asks it once per block (`TokenLayer.headline`).
///
/// The layer counts the words of each block (four bytes or longer, numbers aside) into a
/// `Tally` and asks `isHeadline`. The thresholds are geography's, the copy the figures favoured: on TR-News
/// they gave F1 0.835 where entity recognition's (three in four words of a title) and sentiment's
/// (three words, three in five) were written without a measure.
package enum HeadlineCase {
  /// The words of one line, by case.
  package struct Tally: Sendable {
    /// Words of four bytes or more.
    package var words = 0
    /// Of those, the ones that open with a capital (or are all capitals).
    package var capitalised = 0
    /// Of those, the ones in capitals throughout.
    package var allCaps = 0
    /// Lower-case words of any length that are no function word (`spoke`, `met`): headline
    /// case capitalises them.
    package var lowerContent = 0
    /// Whether the line ends a sentence (a period, question or exclamation mark last).
    package var endsSentence = false

    package init() {}

    /// Counts one word of four bytes or more.
    package mutating func add(capitalised: Bool, allCaps: Bool = false) {
      words += 1
      if capitalised || allCaps { self.capitalised += 1 }
      if allCaps { self.allCaps += 1 }
    }
  }

  /// The words headline case leaves in lower case (`of`, `the`, `with`, `von`): the entity
  /// recogniser's function words, determiners and name particles.
  package static let functionWords = KeySet(
    (NameLexicon.functionWords + NameLexicon.determiners + NameLexicon.particles).map {
      WordHash.of($0)
    })

  /// The shortest word that counts, in bytes: shorter ones (`of`, `the`, `in`) stay lower case
  /// in headline case.
  package static let minimumWordLength = 4

  /// Whether a line of `role` (nil: a sentence scored on its own, which may be a headline) is
  /// set in headline case.
  package static func isHeadline(_ tally: Tally, role: BlockRole?) -> Bool {
    // A line mostly in capitals (`BREAKING: MINISTER RESIGNS OVER LEAK`), wherever it stands.
    if tally.words >= 4 && tally.allCaps * 3 >= tally.words * 2 { return true }
    switch role {
    case .title?, .heading?, nil:
      // One word is enough for a title (`News of the day`: only `News` has four bytes), as the
      // entity recogniser's title rule had it; on TR-News it changes nothing (F1 0.835).
      return tally.words >= 1 && tally.capitalised * 10 >= tally.words * 6
    case .standfirst?, .paragraph?:
      // A sentence with a lower-case verb or noun and its closing period is written in sentence
      // case, however many of its words are names: "The Texas Department of Transportation
      // spoke in Dallas." has four capitals in five long words.
      if tally.endsSentence && tally.lowerContent > 0 { return false }
      // Only a long one, so that a run of names ("Star Paris Delaney was furious") is not taken.
      return tally.words >= 5 && tally.capitalised * 4 >= tally.words * 3
    }
  }
}
