import LedeCore
import Testing

@testable import LedeAnalysis

/// One test per news-mode rule, on sentences written for the test.
@Suite struct NewsModeTests {
  let analyzer = SentimentAnalyzer.shared

  func news(_ text: String, masks: [Range<Int>] = []) -> Double {
    analyzer.score(text, mode: .news, masks: masks).compound
  }

  func vader(_ text: String) -> Double { analyzer.score(text, mode: .vader).compound }

  @Test func newsIsTheDefaultMode() {
    let text = "Officials from the United States arrived on Monday."
    #expect(analyzer.score(text) == analyzer.score(text, mode: .news))
  }

  @Test func masksKnownMultiWordNames() {
    let text = "Delegates from the United Nations arrived on Monday."
    #expect(vader(text) > 0)
    #expect(news(text) == 0)
  }

  @Test func masksKnownNameWordsFollowedByAName() {
    let text = "Hope Alvarez, an analyst, said the figures were released on Friday."
    #expect(vader(text) > 0)
    #expect(news(text) == 0)
  }

  @Test func masksCapitalisedWordsInsideASentence() {
    let text = "Buses queued near the Paradise roundabout on Tuesday."
    #expect(vader(text) > 0)
    #expect(news(text) == news("Buses queued near the Elm roundabout on Tuesday."))
  }

  @Test func keepsSentenceInitialWordsAndHeadlines() {
    #expect(news("Hope remains for the missing sailors.") > 0)
    #expect(news("Storm Kills Nine in Coastal Town") < 0)
  }

  @Test func anArticleSentenceIsAHeadlineWhenItsBlockIs() throws {
    // Free text decides from its own words (five of seven long words capitalised: a headline,
    // so nothing is masked); in an article the token layer decides per block, and a paragraph
    // needs three in four.
    let text = "Officials at Great Success Holdings Limited said nothing."
    #expect(news(text) > 0)
    let a = try #require(GeoTestSupport.article("Storm Kills Nine in Coastal Town\n\n" + text))
    #expect(a.tokenLayer.isHeadline(block: 0) && !a.tokenLayer.isHeadline(block: 1))
    #expect(a.sentenceSentiments.map(\.compound).first ?? 0 < 0)
    #expect(a.sentenceSentiments.map(\.compound).last == 0)
  }

  @Test func anArticleSentenceReadsAsTheSameTextAlone() throws {
    // Both read Core's token layer: the article's, or the one built for the text alone.
    let text = "The ceasefire collapsed, and aid workers said the talks were a failure."
    let a = try #require(GeoTestSupport.article("Talks\n\n" + text))
    #expect(news(text) < 0)
    #expect(a.sentenceSentiments.last == analyzer.score(text))
  }

  @Test func readsHashtagsAndAbbreviationsByTheirWords() {
    #expect(news("What a #disaster for the town") == news("What a disaster for the town"))
    // The layer keeps the period of `U.S.` in the word; the sentence still ends there.
    #expect(news("Aid reached the U.S. The talks failed.") < 0)
  }

  @Test func masksCallerSpans() {
    // "Joy" starts the sentence, so only the caller's entity span can mask it.
    let text = "Joy spoke to reporters on Monday."
    #expect(news(text) > 0)
    #expect(news(text, masks: [0..<3]) == 0)
    #expect(news(text, masks: [4..<9]) > 0)
  }

  @Test func scoresConflictVocabulary() {
    #expect(vader("Airstrikes and shelling hit the district overnight.") == 0)
    #expect(news("Airstrikes and shelling hit the district overnight.") < -0.5)
    #expect(news("A ceasefire took effect at dawn.") > 0)
    #expect(news("The sanctions were extended for another year.") < 0)
  }

  @Test func matchesMultiWordPhrases() {
    #expect(news("The death toll rose to 40.") < 0)
    #expect(news("The company declined to comment.") == 0)
    #expect(news("Sales declined in the third quarter.") < 0)
    #expect(
      news("The two sides reached a deal late on Sunday.")
        > news("The two sides met late on Sunday."))
  }

  @Test func readsLikeAsAVerbOnlyAfterASubject() {
    #expect(vader("Storms like this one are rare.") > 0)
    #expect(news("Storms like this one are rare.") == 0)
    #expect(news("We like the new design.") > 0)
  }

  @Test func readsNoAsADeterminer() {
    #expect(vader("She has no plans to move.") < 0)
    #expect(news("She has no plans to move.") == 0)
    #expect(news("There were no injuries.") > 0)
  }

  @Test func readsCurlyApostrophesInNegations() {
    #expect(vader("The outlook isn’t good.") > 0)
    #expect(news("The outlook isn’t good.") < 0)
  }

  @Test func dampensHedgedClauses() {
    let asserted = news("The flooding will destroy the harvest.")
    let hedged = news("The flooding could destroy the harvest.")
    #expect(asserted < hedged && hedged < 0)
  }

  @Test func weighsPartialQuotesApart() {
    let plain = news("The minister called the plan a disaster in parliament on Tuesday.")
    let quoted = news("The minister called the plan \"a disaster\" in parliament on Tuesday.")
    #expect(plain < quoted && quoted < 0)
  }

  @Test func keepsWholeQuotesAtFullWeight() {
    let curly = news("“This is a disaster for the region,” she said.")
    let unquoted = news("This is a disaster for the region, she said.")
    #expect(curly == unquoted)
    // A sentence that starts inside a quotation opened in the previous one.
    #expect(news("It was a disaster,\" he said.") < 0)
  }

  @Test func weighsReportedSpeechApart() {
    let asserted = news("The talks were a great success.")
    let reported = news("The minister said the talks were a great success.")
    #expect(reported > 0 && reported < asserted)
  }

  @Test func negatesWholeClauseAfterNotAQuantifier() {
    #expect(news("Not everyone in the town was happy with the decision.") < 0)
  }

  @Test func readsLittleBeforeAPositiveWordAsDenial() {
    #expect(vader("The talks made little progress.") > 0)
    #expect(news("The talks made little progress.") < 0)
    #expect(news("The talks made a little progress.") > 0)
  }

  @Test func neutralisesSocialMediaSenses() {
    #expect(vader("The party's shares rose as interest rates held.") > 0.5)
    #expect(news("The party's shares rose as interest rates held.") == 0)
  }

  @Test func scoresEmojiAsTheirDescription() {
    #expect(news("The team won 😀") > news("The team won"))
  }

  @Test func emojiDenseTextKeepsEveryWord() {
    let emoji = String(repeating: "😭", count: 200)
    #expect(news(emoji + " the storm killed nine") < news("the storm killed nine"))
  }

  @Test func emptyTextScoresZero() {
    #expect(analyzer.score("", mode: .news) == .empty)
    #expect(analyzer.score("  \n ", mode: .news) == .empty)
  }
}
