import Foundation
import LedeAnalysis
import Testing

@testable import LedeCore

/// An article from a headline and paragraphs separated by blank lines.
func newsArticle(_ paragraphs: String..., headline: String = "News of the day") -> Article? {
  PlainTextReader.parse(([headline] + paragraphs).joined(separator: "\n\n"), path: nil)
}

/// The client's seed article.
func loadSeedArticle() throws -> Article {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  let outcome = ArticleLoader().load([
    root.appendingPathComponent("seeds/lavrov-visits-north-korea.txt").path
  ])
  return try #require(outcome.articles.first)
}

@Suite struct EntityTests {
  func entities(_ paragraphs: String...) throws -> [Entity] {
    try WrittenNews.entities(paragraphs)
  }

  func find(_ entities: [Entity], _ text: String) -> Entity? { entities.first { $0.text == text } }

  @Test func aQualifierBeforeAPersonsNameIsNotPartOfIt() throws {
    let found = try entities(
      "On Tuesday, Republican Marla Quent said the vote was close, and later Democrat Hallie "
        + "Brandt spoke in Ohio. Miss Universe Alicia Verano joined them."
    )
    let people = Set(found.filter { $0.kind == .person }.map(\.canonical))
    #expect(people == ["Marla Quent", "Hallie Brandt", "Alicia Verano"])
    #expect(find(found, "Republican Marla Quent") == nil)
    #expect(find(found, "Universe Alicia Verano") == nil)
  }

  /// A place word after a sentence's first word ends the name that word opens, though the
  /// article never writes "Wall" mid-sentence (issue 14): no organisation called "Street".
  @Test func aPlaceWordAfterTheFirstWordEndsItsName() throws {
    let found = try entities(
      "Wall Street rallied after the report. Traders in Chicago said the gains would hold.")
    #expect(find(found, "Street") == nil)
    #expect(find(found, "Wall Street") != nil)
    // Where a capital follows, the word opens the next name: no "Inside City Hall", no
    // "Nearby Lake".
    let hall = try entities(
      "Inside City Hall, officials argued about the budget. Nearby Lake Erie rose by a foot.")
    #expect(!hall.contains { $0.text.hasPrefix("Inside") || $0.text.hasPrefix("Nearby") })
  }

  @Test func aWeekdayAfterANameIsADateNotPartOfTheName() throws {
    // "his doctor Friday" made a person "Friday"; "Dunmore, Vermont Friday" a person
    // "Vermont Friday".
    let found = try entities(
      "The senator released a letter from his doctor Friday afternoon. He spoke at a diner in "
        + "Dunmore, Vermont Friday and met Governor Hal Brecken Monday."
    )
    let people = Set(found.filter { $0.kind == .person }.map(\.canonical))
    #expect(people == ["Hal Brecken"])
    #expect(!found.contains { $0.text.hasSuffix("Friday") || $0.text.hasSuffix("Monday") })
    #expect(find(found, "Vermont")?.kind == .place)
  }

  @Test func aTitleWordBeforeAnInstitutionsHeadNamesTheInstitution() throws {
    // "General" is a title, so "the General Assembly" was a person "Assembly" who then held
    // the stances of "he" later in the article.
    let found = try entities(
      "It was under Mr. Orlan's watch that the General Assembly established a new agency. "
        + "Senator Dana Whitcombe and Mr. Church voted for it."
    )
    #expect(find(found, "General Assembly")?.kind == .organization)
    #expect(find(found, "Assembly") == nil)
    #expect(find(found, "Church")?.kind == .person)
    #expect(find(found, "Dana Whitcombe")?.kind == .person)
  }

  @Test func justiceIsATitleOnlyWhereItOpensAName() throws {
    let found = try entities(
      "Justice Ruth Adebayo wrote for the court, and Supreme Court Justice Tom Reyes agreed. "
        + "The Harbour Justice Network and the Justice Democrats said the ruling went too far.")
    #expect(find(found, "Ruth Adebayo")?.kind == .person)
    #expect(find(found, "Tom Reyes")?.kind == .person)
    #expect(find(found, "Network") == nil, "not a person the title names")
    #expect(find(found, "Democrats")?.kind != .person)
    #expect(found.contains { $0.text == "Justice Democrats" && $0.kind == .organization })
    // A word of names, "Justice" is no title that name folding drops: the Justice Department
    // is not "Department" (second review of f324889).
    #expect(NameFold.words("Justice Department") == ["justice", "department"])
    let court = try entities("Associate Justice Ruth Adebayo dissented.")
    #expect(court.contains { $0.text == "Ruth Adebayo" && $0.kind == .person })
  }

  @Test func aPlaceEndingInAPlaceWordThenMoreWordsIsNoPerson() throws {
    // "the Kent County Republican headquarters" was the person "Kent County Republican" ("Kent"
    // is a given name); "Fort St. John" stays one place.
    let found = try entities(
      "The senator spoke at the Kent County Republican headquarters on Tuesday. Later she "
        + "flew to Fort St. John to meet workers."
    )
    #expect(!found.contains { $0.kind == .person && $0.text.contains("Kent") })
    // Nor a place: the geoparser reads it inside the organisation's name, and the entities
    // take its decision (issue 12).
    #expect(find(found, "Kent County")?.kind == .organization)
    #expect(find(found, "Fort St.") == nil)
    #expect(find(found, "Fort St. John") != nil)
  }

  @Test func worldLeadersGivenNamesMakePeopleAtAParagraphStart() throws {
    // "Barack" was in no given-name list: "Barack Obama" opening a paragraph was the
    // organisation "Obama", and mid-sentence the organisation "Barack Obama".
    for name in ["Barack Obama", "Keir Starmer", "Elon Musk"] {
      let found = try entities("\(name) spoke on Monday about the budget.")
      #expect(find(found, name)?.kind == .person, "\(name): \(found.map(\.text))")
      let mid = try entities("On Monday \(name) spoke about the budget.")
      #expect(find(mid, name)?.kind == .person, "\(name): \(mid.map(\.text))")
    }
  }

  @Test func seedPeopleWithTitlesAndResolvedMentions() throws {
    let found = EntityRecognizer(places: GazetteerPlaceNames()).entities(in: try loadSeedArticle())
    let people = found.filter { $0.kind == .person }
    #expect(
      Set(people.map(\.canonical))
        == ["Sergey Lavrov", "Vladimir Putin", "Kim Jong Un", "Oleg Burmistrov", "Vo Van Thuong"])
    #expect(people.contains { $0.text == "Sergey Lavrov" && $0.canonical == "Sergey Lavrov" })
    #expect(people.contains { $0.text == "Oleg Burmistrov" })
    #expect(people.contains { $0.text == "Vo Van Thuong" })
    #expect(people.filter { $0.text == "Lavrov" }.allSatisfy { $0.canonical == "Sergey Lavrov" })
    #expect(people.filter { $0.text == "Kim" }.allSatisfy { $0.canonical == "Kim Jong Un" })
    #expect(people.filter { $0.text == "Putin" }.count == 6)
    let president = try #require(find(found, "the Russian president"))
    #expect(president.kind == .person && president.canonical == "Vladimir Putin")
    let leader = try #require(find(found, "the North Korean leader"))
    #expect(leader.kind == .person && leader.canonical == "Kim Jong Un")
    // Titles are not part of the name, and neither is a title's tail (`Ambassador at Large`).
    #expect(!found.contains { $0.text.contains("Minister") && $0.kind == .person })
    #expect(!people.contains { $0.text.contains("Large") })
    // A heading, a city and a capital that acts are not people.
    for name in ["Deepening", "Deepening ties", "Zaporizhzhia", "Washington"] {
      #expect(!people.contains { $0.text == name }, "\(name) is not a person")
    }
    // The headline's `Lavrov` is confirmed by the body.
    #expect(found.first { $0.text == "Lavrov" }?.span.start == 11)
  }

  @Test func seedOrganisationsPlacesAndGroups() throws {
    let found = EntityRecognizer(places: GazetteerPlaceNames()).entities(in: try loadSeedArticle())
    #expect(find(found, "UN Security Council")?.kind == .organization)
    #expect(find(found, "Kremlin")?.kind == .organization)
    #expect(find(found, "North Korea")?.kind == .place)
    #expect(find(found, "Pyongyang")?.kind == .place)
    #expect(find(found, "North Koreans")?.kind == .group)
    #expect(find(found, "Ukrainian forces")?.kind == .group)
    #expect(find(found, "Russian")?.kind == .group)
  }

  @Test func titleAndRoleBeforeAName() throws {
    let found = try entities(
      "Everton boss Graham Pryce refused to comment, and regional governor Mykola Dovhan stayed away.",
      "Pryce later said the team would recover.")
    #expect(find(found, "Graham Pryce")?.kind == .person)
    #expect(find(found, "Everton")?.kind == .organization)
    #expect(find(found, "Mykola Dovhan")?.kind == .person)
    #expect(find(found, "Pryce")?.canonical == "Graham Pryce")
  }

  @Test func roleAfterANameResolvesARolePhrase() throws {
    let found = try entities(
      "Grace Kim, Lumora's co-founder and chief executive, will join Halvorsen Pharma.",
      "The deal was approved on Monday, the chief executive said.")
    #expect(find(found, "Grace Kim")?.kind == .person)
    #expect(find(found, "Halvorsen Pharma")?.kind == .organization)
    #expect(find(found, "the chief executive")?.canonical == "Grace Kim")
  }

  @Test func sentenceInitialCapitalsAreNotNames() throws {
    let found = try entities(
      "Furious fans stormed the pitch. Analysts say prices will rise. Pundits were split.")
    #expect(found.isEmpty, "\(found.map(\.text))")
  }

  @Test func headlineCaseIsConfirmedByTheBody() throws {
    let article = try #require(
      newsArticle(
        "Prime Minister Anna Berg said the river had burst its banks in Oslo.",
        headline: "Berg Warns Flood Defences Will Fail As Storm Hits Oslo"))
    let found = EntityRecognizer(places: GazetteerPlaceNames()).entities(in: article)
    let inHeadline = found.filter { $0.span.end <= article.blocks[0].span.end }
    #expect(inHeadline.map(\.text) == ["Berg", "Oslo"])
    #expect(inHeadline.first?.canonical == "Anna Berg")
  }

  @Test func shoutingIsNotAName() throws {
    let found = try entities(
      "CHELSEA boss Dario Valente said the goal was NEVER a goal and the LAST straw for the club.")
    #expect(find(found, "Dario Valente")?.kind == .person)
    #expect(!found.contains { $0.text == "NEVER" || $0.text == "LAST" })
  }

  @Test func acronymsAndOrganisationWords() throws {
    let found = try entities(
      "The World Food Programme (WFP) and NATO met at the Bank of England with Reuters.",
      "A WFP convoy reached the town.")
    #expect(find(found, "NATO")?.kind == .organization)
    #expect(find(found, "Bank of England")?.kind == .organization)
    #expect(find(found, "Reuters")?.kind == .organization)
    #expect(found.last { $0.text == "WFP" }?.canonical == "World Food Programme")
  }

  @Test func entitiesOfOneSentence() throws {
    let article = try loadSeedArticle()
    let sentence = try #require(
      article.sentences.first { article.text(of: $0.span).hasPrefix("On Tuesday, Putin") })
    let found = EntityRecognizer(places: GazetteerPlaceNames()).entities(in: sentence, of: article)
    #expect(found.map(\.text) == ["Putin", "Vietnamese", "Vo Van Thuong", "Hanoi", "Russian"])
  }
}

extension EntityTests {
  /// A surname that two people share names the one the article names most in full, then the
  /// one it introduced first, however recently the other was named; an honorific's gender
  /// rules out the other.
  @Test func aSharedSurnameNamesTheArticlesPrincipal() throws {
    let e = try entities(
      "Senator Tom Varga opened his campaign in Dover on Monday.",
      "Tom Varga told supporters that the port needed investment.",
      "His wife, Anna Varga, introduced him to the crowd.",
      "Varga then promised a new bridge.",
      "Mrs. Varga said she would campaign across the county.")
    let surnames = e.filter { $0.text == "Varga" }
    #expect(surnames.map(\.canonical) == ["Tom Varga", "Anna Varga"])
  }
}
