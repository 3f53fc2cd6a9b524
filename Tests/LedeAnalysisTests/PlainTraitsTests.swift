import Testing

@testable import LedeAnalysis

/// The letter-case traits news mode reads off a plain ASCII word (`WordClassifier.plainTraits`).
@Suite struct PlainTraitsTests {
  func traits(_ word: String) -> TokenTraits? {
    var copy = word
    return copy.withUTF8 { WordClassifier.plainTraits($0, 0, $0.count) }
  }

  @Test func caseOfTheWord() {
    #expect(traits("Budget") == [.word, .capitalized])
    #expect(traits("NATO") == [.word, .upper])
    #expect(traits("budget") == [.word])
    #expect(traits("1990") == [])
  }

  @Test func negativeContractionsAreMarked() {
    #expect(traits("don't") == [.word, .contraction])
    #expect(traits("DIDN'T") == [.word, .upper, .contraction])
    #expect(traits("n't") == [.word, .contraction])
    #expect(traits("rock'n'roll") == [.word])
  }

  @Test func otherWordsAreNotPlain() {
    #expect(traits("well-known") == nil)
    #expect(traits("café") == nil)
    #expect(traits("two words") == nil)
  }
}
