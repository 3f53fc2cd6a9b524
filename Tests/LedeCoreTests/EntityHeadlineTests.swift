import LedeAnalysis
import Testing

@testable import LedeCore

/// Names in lines set in headline case (issue 13): their capitals make no name of their own,
/// but a given name beside a surname the body uses is that person's full name.
@Suite struct EntityHeadlineTests {
  func entities(_ paragraphs: String...) throws -> [Entity] {
    try WrittenNews.entities(paragraphs)
  }

  @Test func aHeadlineInTheBodyMakesNoPersonOfItsWords() throws {
    let found = try entities(
      "The senator spoke to workers in Dayton on Monday.",
      "Marla Quent Sends Tom Reyes A Message About Steel Jobs.",
      "The plant will stay open, Quent said, and Reyes agreed.",
    )
    let people = Set(found.filter { $0.kind == .person }.map(\.canonical))
    #expect(people == ["Marla Quent", "Tom Reyes"], "no 'Marla Quent Sends Tom Reyes'")
  }

  @Test func aParagraphOfNamesIsNoHeadline() throws {
    let found = try entities(
      "Former Senator George Brennig is endorsing Marla Quent.",
      "Brennig ended his own campaign last year. Brennig says Quent can win.",
    )
    let brennig = found.filter { $0.text == "Brennig" }
    #expect(brennig.count == 2 && brennig.allSatisfy { $0.canonical == "George Brennig" })
  }
}

extension EntityHeadlineTests {
  @Test func aSuffixAMiddleInitialAndAFamiliarNameAreOnePerson() throws {
    let found = try entities(
      "Senator Robert T. Haskins Jr. toured the steel plant in Dayton on Monday.",
      "Bob Haskins told workers the plant would stay open. Haskins left at noon.",
    )
    let people = Set(found.filter { $0.kind == .person }.map(\.canonical))
    #expect(people == ["Robert T. Haskins Jr."], "\(people)")
  }
}

extension EntityHeadlineTests {
  @Test func aWordBeforeAdministrationIsAPersonsName() throws {
    let found = try entities(
      "The Brannock administration defended the plan on Monday.",
      "Brannock said it would work. Critics of Mr. Tellwick disagreed, and Tellwick left.",
    )
    #expect(found.filter { $0.text == "Brannock" }.allSatisfy { $0.kind == .person })
    #expect(found.filter { $0.text == "Tellwick" }.allSatisfy { $0.kind == .person })
  }
}
