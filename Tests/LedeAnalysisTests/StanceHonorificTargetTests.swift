import LedeCore
import Testing

@testable import LedeAnalysis

/// A target written with an honorific ("Dr Stein", "Mrs. Clinton") is the person it names, in
/// British style without the period and American style with it; on an article written for the
/// test.
@Suite struct StanceHonorificTargetTests {
  static let body = """
    Mayor Tom Reyes said the recount was a waste of money.
    Mr Reyes accused Dr Stein of trying to fill her coffers.
    Councillor Ruth Alder, who is running against Dr. Jill Stein, has praised Mrs. Osei for \
    her patience.
    Janet Osei thanked the volunteers.
    Sam Hill, who had backed Sen. Ann Cole for governor, said little.
    """

  let records = StanceTestSupport.stances(
    body: "Jill Stein asked for a recount on Monday. Ann Cole, a senator, filed first.\n" + body)

  @Test func anHonorificWithoutAPeriodOpensThePersonsName() throws {
    let r = try #require(
      records.first { $0.cue == "accused" }, "\(StanceTestSupport.listing(records))")
    #expect(r.source == "Tom Reyes")
    #expect(r.target == "Jill Stein")
    #expect(r.targetIsEntity)
    #expect(r.stance == .oppose)
  }

  @Test func anHonorificWithAPeriodOpensThePersonsName() throws {
    let r = try #require(
      records.first { $0.cue.contains("praised") }, "\(StanceTestSupport.listing(records))")
    #expect(r.source == "Ruth Alder")
    #expect(r.target == "Janet Osei")
    #expect(r.targetIsEntity)
    #expect(r.stance == .support)
  }

  /// A title that is no honorific ("Sen.") stands before the name as well, as the subject scan
  /// reads it.
  @Test func anyTitleOpensThePersonsName() throws {
    let r = try #require(
      records.first { $0.cue == "backed" }, "\(StanceTestSupport.listing(records))")
    #expect(r.target == "Ann Cole")
    #expect(r.targetIsEntity)
  }
}
