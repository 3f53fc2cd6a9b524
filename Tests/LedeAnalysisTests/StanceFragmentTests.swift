import LedeCore
import Testing

@testable import LedeAnalysis

/// Holders that are a piece of a longer name, or of a common noun phrase, which the entity
/// layer cut short: they name no one who holds the stance.
@Suite struct StanceFragmentTests {
  func stances(_ body: String) -> [StanceRecord] { StanceTestSupport.stances(body: body) }
  func described(_ records: [StanceRecord]) -> String { StanceTestSupport.listing(records) }

  @Test func aNameCutBeforeOfIsNoHolder() {
    // "The Gang of Eight" is one group; "Gang" alone names nothing.
    let r = stances(
      "Tom Reed said the Gang of Eight had rejected the harbour plan. The Harbour Trust "
        + "endorsed Maria Lopez on Monday.")
    #expect(!r.contains { $0.source == "Gang" }, "\(described(r))")
    #expect(r.contains { $0.source == "Harbour Trust" }, "\(described(r))")
  }

  @Test func aNameAfterALowercaseModifierIsNoHolder() {
    // "super PACs" is a kind of committee, not one the text names.
    let r = stances(
      "Super PACs have poured money into the race. Two super PACs supporting Maria Lopez spent "
        + "$2 million on television ads in March.")
    #expect(!r.contains { $0.source == "PACs" }, "\(described(r))")
  }
}
