import Testing

@testable import LedeCore

@Suite struct SpeakerLabelTests {
  /// ASCII labels take a byte path and others the `Character` path: both title-case alike.
  @Test func titleCasesNamesInCapitals() {
    #expect(SpeakerLabel.titleCased("MARCUS BELL") == "Marcus Bell")
    #expect(SpeakerLabel.titleCased("o'NEILL-SMITH jr") == "O'Neill-Smith Jr")
    #expect(SpeakerLabel.titleCased("ÉMILE ZOLA") == "Émile Zola")
    #expect(SpeakerLabel.titleCased("") == "")
  }

  /// The copy is made only where title case changes the text, and is then the same copy.
  @Test func titleCasesOnlyWhatChanges() {
    for text in ["North Korea", "O'Neill-Smith", "", "Émile Zola"] {
      #expect(SpeakerLabel.titleCasedIfChanged(text) == nil)
    }
    for text in ["NORTH KOREA", "north korea", "o'NEILL-SMITH jr", "ÉMILE ZOLA", "McCain"] {
      #expect(SpeakerLabel.titleCasedIfChanged(text) == SpeakerLabel.titleCased(text))
    }
  }
}
