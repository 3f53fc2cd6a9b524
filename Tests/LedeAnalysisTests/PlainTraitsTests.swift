import LedeCore
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

  /// The token layer reads the same traits with a word's bytes (`TokenFlags.plain`), so news
  /// mode need not read them again; words that are not plain get no flag and are read as
  /// before.
  @Test func theTokenLayerReadsTheSameTraits() {
    var text =
      "NATO's chief didn't say it; the U.S. DIDN'T agree, Smiths' aides said I can't, "
      + "a well-known café's rock'n'roll McAllen iPhone OK 3D Reyes’s n't x'S."
    text.withUTF8 { bytes in
      let layer = TokenLayer(utf8: bytes)
      var plain = 0
      for t in 0..<layer.count where layer.tokens[t].kind == .word {
        let flags = layer.flags[t]
        let read = WordClassifier.plainTraits(bytes, layer.tokens[t].start, layer.tokens[t].end)
        if flags.contains(.plain) {
          plain += 1
          #expect(NewsTokenReader.traits(flags) == read)
        } else {
          #expect(read == nil)
        }
      }
      #expect(plain >= 15)
    }
  }

  @Test func otherWordsAreNotPlain() {
    #expect(traits("well-known") == nil)
    #expect(traits("café") == nil)
    #expect(traits("two words") == nil)
  }
}
