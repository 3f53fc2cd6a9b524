import Testing

@testable import LedeCore

@Suite struct PossessiveTests {
  @Test func stripsTheSingularAndThePluralPossessive() {
    #expect(Possessive.stem(of: "Brown's") == "Brown")
    #expect(Possessive.stem(of: "Russia’s") == "Russia")
    #expect(Possessive.stem(of: "BIDEN'S") == "BIDEN")
    #expect(Possessive.stem(of: "farmers'") == "farmers")
    #expect(Possessive.stem(of: "Reynolds’") == "Reynolds")
  }

  @Test func leavesOtherWordsAlone() {
    for word in ["'s", "s'", "’s", "Brown", "rock'n'roll", "Smith'", "bus"] {
      #expect(Possessive.stem(of: word) == nil, "\(word)")
    }
  }

  @Test func foldsNamesThroughTheSameRule() {
    #expect(NameFold.words("Mr. J. Smith’s") == ["j", "smith"])
    #expect(NameFold.words("the Joneses'").last == "joneses")
  }
}
