import LedeCore
import Testing

@testable import LedeAnalysis

/// Who holds a participle's stance when a name before it is no subject: one thanked by an
/// earlier participle, or one that describes the subject after "be" (issue 15, session 43).
@Suite struct StanceParticipleHolderTests {
  func stances(_ body: String) -> [StanceRecord] { StanceTestSupport.stances(body: body) }
  func described(_ records: [StanceRecord]) -> String { StanceTestSupport.listing(records) }

  @Test func aParticipleJoinedToAReportingOneSharesItsSubject() {
    // The quote layer reads "thanking" as a report whose words start at "Maria Lopez".
    let r = stances(
      "Tom Reed spoke at length, thanking Maria Lopez and congratulating the candidates who had "
        + "finished far behind him.")
    #expect(
      r.first { $0.cue == "congratulating" }?.source == "Tom Reed", "\(described(r))")
  }

  @Test func aNameInAPredicateDescribesTheSubject() {
    let r = stances(
      "Since leaving the race in May, Mr. Reed has been a loyal Labour lieutenant, taking care "
        + "to praise Mrs. Lopez in public.")
    #expect(r.first { $0.cue == "praise" }?.source == "Reed", "\(described(r))")
  }
}

extension StanceParticipleHolderTests {
  @Test func aPartyBeforeNounsNamesTheirLastOne() {
    let r = stances("A Labour council aide blasted the harbour plan.")
    #expect(r.first { $0.cue == "blasted" }?.source == "Labour council aide", "\(described(r))")
    // A noun that is not followed by the verb group is left out ("feuds with …").
    let feud = stances(
      "Publicly, the Labour leader feuds with the party's council and dismisses the harbour plan.")
    #expect(!feud.contains { $0.source.contains("feuds") }, "\(described(feud))")
  }
}
