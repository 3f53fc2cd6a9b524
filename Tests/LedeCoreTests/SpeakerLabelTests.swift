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
}
