import LedeCore
import Testing

@testable import LedeAnalysis

/// The seed article's stances, as the issue lists them.
@Suite struct StanceSeedTests {
  let records: [StanceRecord] =
    StanceTestSupport.article(path: "seeds/lavrov-visits-north-korea.txt")?.stances ?? []

  /// The first record from `source` whose target is `target` or whose phrase contains it.
  func find(_ source: String, _ target: String) -> StanceRecord? {
    records.first { $0.source == source && ($0.target == target || $0.object.contains(target)) }
  }

  var listing: Comment {
    Comment(rawValue: records.map(StanceTestSupport.describe).joined(separator: "\n"))
  }

  @Test func kimSupportsRussia() {
    let r = find("Kim Jong Un", "Russia")
    #expect(r?.stance == .support, listing)
    #expect(r?.cue.contains("backing") == true)
  }

  @Test func putinAndKimPraiseEachOther() {
    #expect(find("Vladimir Putin", "Kim Jong Un")?.stance == .support, listing)
    #expect(find("Kim Jong Un", "Vladimir Putin")?.stance == .support, listing)
  }

  @Test func northKoreaAndTheKremlinDenyTheAllegations() {
    #expect(find("North Korea", "allegations")?.stance == .oppose, listing)
    #expect(find("Kremlin", "allegations")?.stance == .oppose, listing)
  }

  @Test func burmistrovOpposesNewRestrictions() {
    let r = records.first {
      $0.object.contains("restrictive measures")
        && ($0.source == "Oleg Burmistrov" || $0.source == "Moscow" || $0.source == "Russia")
    }
    #expect(r?.stance == .oppose, listing)
    #expect(r?.voice == .direct)
    #expect(r?.speaker == "Oleg Burmistrov" || r?.source == "Oleg Burmistrov")
  }

  @Test func putinAcceptsVietnamsInvitation() {
    let r = find("Vladimir Putin", "Vietnam")
    #expect(r?.stance == .support, listing)
    #expect(r?.cue.contains("accepted") == true)
  }

  @Test func usConcernOverWeaponsSupplies() {
    let r = find("United States", "supplying Moscow with weapons")
    #expect(r?.stance == .oppose, listing)
    #expect(r?.cue == "expressed concern")
  }

  @Test func russiaCallsTheHospitalAttackACrime() {
    let r = find("Russia", "the attack")
    #expect(r?.stance == .oppose, listing)
    #expect(r?.cue == "considered")
  }

  @Test func aRussianOfficialBlamesUkrainianForces() {
    let r = find("A Russian official", "Ukrainian forces")
    #expect(r?.stance == .oppose, listing)
    #expect(r?.sourceIsEntity == false)
    #expect(r?.object == "Ukrainian forces")
  }

  @Test func unnamedCriticsOfRussia() {
    let r = find("critics", "Russia")
    #expect(r?.stance == .oppose, listing)
    #expect(r?.targetIsEntity == true)
  }

  @Test func onlyKimBacksRussia() {
    #expect(find("Vladimir Putin", "Russia") == nil, listing)
    #expect(find("Kim Jong Un", "Russia")?.target == "Russia")
  }
}
