import Foundation
import LedeAnalysis
import Testing

@testable import LedeCore

@Suite struct QuoteTests {
  func quotes(_ paragraphs: String...) throws -> [Quote] {
    try WrittenNews.quotes(paragraphs)
  }

  func quote(_ quotes: [Quote], _ prefix: String) -> Quote? {
    quotes.first { $0.text.hasPrefix(prefix) }
  }

  @Test func quoteThenSpeakerThenCue() throws {
    let q = try quotes(
      "Mayor Joan Riley spoke after the vote. “We will rebuild the bridge by spring,” Riley said.")
    let found = try #require(quote(q, "We will rebuild"))
    #expect(found.kind == .direct)
    #expect(found.text == "We will rebuild the bridge by spring,")
    #expect(found.speaker == "Joan Riley" && found.cue == "said")
  }

  @Test func quoteThenCueThenSpeaker() throws {
    let q = try quotes(
      "\"We are working around the clock,\" said Andriy Bilous, a spokesman for the utility.")
    let found = try #require(quote(q, "We are working"))
    #expect(found.kind == .direct && found.speaker == "Andriy Bilous" && found.cue == "said")
  }

  @Test func speakerAndCueBeforeAColon() throws {
    let q = try quotes("An FA spokesman said: “We are aware of the remarks and will review them.”")
    let found = try #require(quote(q, "We are aware"))
    #expect(found.kind == .direct && found.speaker == "Football Association")
  }

  @Test func pronounSpeakerResolvedToTheLastPerson() throws {
    let q = try quotes(
      "Health minister Ruth Adeyemi opened the clinic. “This changes everything,” she said.",
      "“We will open ten more by June,” she added.")
    #expect(q.filter { $0.kind == .direct }.map(\.speaker) == ["Ruth Adeyemi", "Ruth Adeyemi"])
    #expect(quote(q, "We will open")?.cue == "added")
  }

  @Test func pronounSkipsAPersonOfTheOtherGender() throws {
    let q = try quotes(
      "Maria Lopez met John Park on Friday. “It was a hard week,” she said.")
    #expect(quote(q, "It was a hard week")?.speaker == "Maria Lopez")
  }

  @Test func rolePhraseSpeaker() throws {
    let q = try quotes(
      "President Amara Diallo visited the port. “Trade is our future,” the president said.")
    #expect(quote(q, "Trade is")?.speaker == "Amara Diallo")
  }

  @Test func secondQuoteOfAParagraphKeepsTheSpeaker() throws {
    let q = try quotes("“The verdict is wrong,” lawyer Serhii Tkachuk said. “We will appeal.”")
    #expect(q.map(\.speaker) == ["Serhii Tkachuk", "Serhii Tkachuk"])
  }

  @Test func quoteRunningOverParagraphs() throws {
    let q = try quotes(
      "“My grandparents queued for bread,” Nino Beridze said. “Now we are told the future is chosen.",
      "“I am not working for anyone. I am an architect.”")
    let continued = try #require(quote(q, "I am not working"))
    #expect(
      continued.kind == .direct && continued.speaker == "Nino Beridze" && continued.cue == nil)
    #expect(quote(q, "Now we are told")?.speaker == "Nino Beridze")
  }

  @Test func partialQuoteInsideTheAuthorsSentence() throws {
    let q = try quotes(
      "Former defender Mark Dunmore slammed the decision as “one of the worst in 20 years”.")
    let found = try #require(quote(q, "one of the worst"))
    #expect(found.kind == .partial && found.speaker == "Mark Dunmore")
  }

  @Test func indirectSpeechWithThat() throws {
    let q = try quotes("Officials in Kyiv said on Monday that the bridge would reopen next week.")
    let found = try #require(q.first { $0.kind == .indirect })
    #expect(found.text == "the bridge would reopen next week" && found.cue == "said")
  }

  @Test func indirectSpeechWithoutThat() throws {
    let q = try quotes("Governor Ana Silva said the storm had damaged 40 homes.")
    let found = try #require(q.first { $0.kind == .indirect })
    #expect(found.text == "the storm had damaged 40 homes" && found.speaker == "Ana Silva")
  }

  @Test func accordingTo() throws {
    let q = try quotes(
      "At least three people were injured, according to regional governor Mykola Dovhan.")
    let found = try #require(q.first)
    #expect(found.kind == .indirect && found.speaker == "Mykola Dovhan")
    #expect(found.text == "At least three people were injured" && found.cue == "according to")
  }

  @Test func attributionAfterTheClause() throws {
    let q = try quotes("Lumora will stay in Cambridge and keep its staff, the companies said.")
    #expect(q.first?.kind == .indirect)
    #expect(q.first?.text == "Lumora will stay in Cambridge and keep its staff")
  }

  @Test func transcriptLabels() throws {
    let q = try quotes(
      "ANCHOR (ERICA TORRES): Good evening. Our correspondent is in Victoria.",
      "MARCUS BELL, CORRESPONDENT: The rain has been relentless.",
      "REPORTER (voice-over): The water came faster than anyone expected.")
    #expect(q.map(\.speaker) == ["Erica Torres", "Marcus Bell", "Marcus Bell"])
    #expect(q.allSatisfy { $0.kind == .direct })
  }

  /// A noun phrase after a cue is no clause but the cue's object, which PolNeAR reports.
  @Test func nounPhraseAfterACueIsItsObject() throws {
    let q = try quotes("North Korea and the Kremlin have denied the U.S. allegations.")
    #expect(q.map(\.text) == ["the U.S. allegations"])
    #expect(q.allSatisfy { $0.kind == .indirect })
  }

  @Test func spansPointIntoTheText() throws {
    let article = try loadSeedArticle()
    for q in QuoteExtractor(recognizer: EntityRecognizer(places: GazetteerPlaceNames())).quotes(
      in: article)
    {
      #expect(article.text(of: q.span) == q.text)
      if let s = q.speakerSpan { #expect(!article.text(of: s).isEmpty) }
    }
  }

  /// The seed article, quote by quote.
  @Test func seedArticleQuoteByQuote() throws {
    let q = QuoteExtractor(recognizer: EntityRecognizer(places: GazetteerPlaceNames())).quotes(
      in: try loadSeedArticle())
    let first = try #require(quote(q, "Russia, as a responsible member of the world community"))
    #expect(first.kind == .direct && first.speaker == "Oleg Burmistrov" && first.cue == "said")
    let second = try #require(quote(q, "At the same time, we are categorically against"))
    #expect(second.kind == .direct && second.speaker == "Oleg Burmistrov" && second.cue == "added")
    let putin = try #require(quote(q, "There are certain restrictions."))
    #expect(putin.kind == .direct && putin.speaker == "Vladimir Putin" && putin.cue == "said")
    #expect(putin.text.contains("we can talk about … Under the current rules"))
    #expect(putin.text.hasSuffix("which we see and discuss,"))
    #expect(second.source == "he", "the he beside the cue, not a mention elsewhere")
    #expect(putin.source == "the Russian president")
    let kim = try #require(q.first { $0.text == "imperialists’ anti-Russia scheme" })
    #expect(kim.kind == .partial && kim.speaker == "Kim Jong Un")
    let crime = try #require(q.first { $0.text == "as a crime – as an act of dehumanisation" })
    #expect(crime.kind == .partial && crime.speaker == nil)
    #expect(crime.source == "Russia’s foreign ministry spokeswoman")
    let agency = try #require(q.first { $0.cue == "according to" })
    #expect(agency.kind == .indirect && agency.speaker == nil)
    #expect(agency.source == "Russia’s state news agency")
    #expect(agency.text.hasPrefix("Lavrov is expected to brief the North Koreans"))
    let concern = try #require(q.first { $0.cue == "expressed concern" })
    #expect(concern.kind == .indirect && concern.source == "the US")
    #expect(concern.text.hasPrefix("Pyongyang is supplying Moscow with weapons"))
    let washington = try #require(q.first { $0.cue == "claimed" && $0.speaker == "Washington" })
    #expect(washington.kind == .indirect)
    #expect(washington.text.hasPrefix("North Korea has delivered more than 1,000 containers"))
    let claimed = try #require(q.first { $0.cue == "claimed" && $0.speaker == "Vladimir Putin" })
    #expect(claimed.text.hasPrefix("there were areas of potential military collaboration"))
    #expect(q.filter { $0.kind == .direct }.count == 3)
  }
}
