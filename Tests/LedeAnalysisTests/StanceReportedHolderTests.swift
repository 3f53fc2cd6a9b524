import LedeCore
import Testing

@testable import LedeAnalysis

/// Who holds a stance voiced inside reported words whose clause has a subject of its own.
@Suite struct StanceReportedHolderTests {
  func stances(_ body: String) -> [StanceRecord] { StanceTestSupport.stances(body: body) }
  func described(_ records: [StanceRecord]) -> String { StanceTestSupport.listing(records) }

  @Test func aQuoteOpeningMidClauseIsItsSubjects() {
    // The quoted verb carries on "Maria Lopez …": she criticized the plan, not the speaker.
    let r = stances(
      "Harbour board chairman Tom Reed said Maria Lopez “criticized the harbour plan” in a closed "
        + "meeting on Monday.")
    let record = r.first { $0.cue == "criticized" }
    #expect(record?.source == "Maria Lopez", "\(described(r))")
  }

  @Test func aQuotedClauseWithItsOwnSubjectIsNotTheSpeakers() {
    // "many pilots … support": the quoted clause's subject holds the view, not Tom Reed.
    let r = stances(
      "Tom Reed noted that “many of the harbour pilots are still undecided or support other "
        + "candidates” this year.")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
    // A first person in the quote, or a noun phrase the speaker made, is still the speaker's.
    let own = stances(
      "“I’m going to support the harbour plan,” Tom Reed said. Maria Lopez released a statement "
        + "in opposition to the ferry tax.")
    #expect(own.contains { $0.source == "Tom Reed" && $0.stance == .support }, "\(described(own))")
    #expect(
      own.contains { $0.source == "Maria Lopez" && $0.stance == .oppose }, "\(described(own))")
  }

  @Test func aContractionKeepsItsSubject() {
    // "He’s" is read as "is": its "he" is still the clause's subject.
    let r = stances(
      "Tom Reed thanked the harbour pilots on Monday. He’s also praising Maria Lopez.")
    #expect(
      r.contains { $0.source == "Tom Reed" && $0.target == "Maria Lopez" && $0.cue == "praising" },
      "\(described(r))")
    // In a quotation, "he’s" is someone the speaker talks of, "I’m" the speaker.
    let quoted = stances(
      "“He’s against the harbour tax,” Maria Lopez said of her deputy. "
        + "“I’m against the ferry levy,” Tom Reed said.")
    #expect(!quoted.contains { $0.source == "Maria Lopez" }, "\(described(quoted))")
    #expect(quoted.contains { $0.source == "Tom Reed" }, "\(described(quoted))")
  }

  @Test func aQuoteAfterAnUnnamedSubjectHasNoHolder() {
    // "someone who had …": the quoted verb is someone's, unnamed, so the speaker is no holder.
    let r = stances(
      "Tom Reed called the new chief “a poor choice” and someone who had “criticized the harbour "
        + "plan” for years.")
    #expect(!r.contains { $0.cue == "criticized" && $0.source == "Tom Reed" }, "\(described(r))")
  }

  @Test func anActionUrgedOnSomeoneIsNotTheirs() {
    // Blocking is asked of Maria Lopez: she holds no position (nor does the urger: an urged
    // action is no target).
    let r = stances("Tom Reed urged Maria Lopez to block the harbour plan.")
    #expect(!r.contains { $0.source == "Maria Lopez" }, "\(described(r))")
  }
}
