import Testing

@testable import LedeCore

@Suite struct ReportingVerbsTests {
  @Test func holdsEveryFormOfTheBundledList() {
    for word in ["said", "says", "told", "insisted", "tweeted", "shouts", "retorted"] {
      #expect(ReportingVerbs.contains(word), "\(word)")
    }
    #expect(!ReportingVerbs.contains("according to"), "phrases are not words")
    #expect(!ReportingVerbs.contains("minister"))
  }

  @Test func plainVerbsCarryNoJudgement() {
    #expect(ReportingVerbs.plainWords.isSuperset(of: ["said", "told", "according"]))
    #expect(ReportingVerbs.plainWords.isDisjoint(with: ["blamed", "warned", "claimed"]))
    #expect(ReportingVerbs.plainWords.isSubset(of: ReportingVerbs.words.union(["according"])))
  }

  @Test func theQuoteCuesAndTheSplitterReadTheSameList() {
    let lexicon = NameLexicon.shared
    for word in ReportingVerbs.words {
      #expect(lexicon.info(WordHash.of(word)).contains(.cue), "\(word)")
    }
    // "shouts" was in the splitter's own list only: after a quotation it keeps the sentence.
    let text = "“Why now?” Putin shouts. He left."
    let sentences = TextAnalyzer.analyze(
      text: text, blocks: [Block(role: .paragraph, span: Span(start: 0, end: text.utf8.count))]
    ).sentences
    #expect(sentences.count == 2)
  }
}
