import LedeCore
import Testing

@testable import LedeAnalysis

/// Who holds a stance when a party or nationality word only describes the holder.
@Suite struct StanceHolderTests {
  func stances(_ body: String) -> [StanceRecord] { StanceTestSupport.stances(body: body) }
  func described(_ records: [StanceRecord]) -> String { StanceTestSupport.listing(records) }

  @Test func aPartyWordBeforeANounIsNoHolder() {
    let r = stances(
      "The Labour Party met on Monday. Labour councillors in Leeds have criticized the harbour plan."
    )
    let record = r.first { $0.cue == "criticized" }
    #expect(record?.source == "Labour councillors", "\(described(r))")
    #expect(record?.sourceIsEntity == false)
  }

  @Test func aPartyAsSubjectStillHolds() {
    let r = stances("The Labour Party criticized the harbour plan.")
    #expect(r.first { $0.cue == "criticized" }?.sourceIsEntity == true, "\(described(r))")
  }
}
