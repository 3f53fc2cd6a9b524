import Foundation
import LedeCore
import Testing

@testable import LedeAnalysis

/// Claim stance: the rules on articles written for the test, and macro-F1 on the dev claims
/// next to the "discuss for everything related" baseline (printed, not asserted).
@Suite struct ClaimStanceTests {
  let article = StanceTestSupport.article(
    """
    Harbour bridge reopens after repairs
    The Kestrel Bay bridge reopened to traffic on Monday after three months of repairs.
    The Kestrel Bay bridge reopened to traffic on Monday, the city council confirmed, after three months of repairs to its steel deck.
    Council engineer Mira Olsen said the work had finished on budget.
    Some residents had claimed the bridge would stay closed until spring, a rumour the council denied.
    """)

  @Test func aRestatedHeadlineAgrees() throws {
    let a = try #require(article)
    let r = a.claimStance("Kestrel Bay bridge reopens to traffic after repairs")
    #expect(r.label == .agree, "\(r)")
    #expect(!r.evidence.isEmpty)
  }

  @Test func anOppositeClaimDisagrees() throws {
    let a = try #require(article)
    let r = a.claimStance("Kestrel Bay bridge to stay closed until spring")
    #expect(r.label == .disagree, "\(r)")
  }

  @Test func anotherStoryIsUnrelated() throws {
    let a = try #require(article)
    #expect(a.claimStance("Airline cancels flights to Tenerife over strike").label == .unrelated)
    #expect(a.claimStance("").label == .unrelated)
  }

  /// A debunk written for the test: the rumour, its denial, and the facts the article settles.
  let debunk = StanceTestSupport.article(
    """
    Harrow Mills says it is not selling its Derby factory
    The textile firm rejected the claim that it had agreed to sell the site to a developer.

    Harrow Mills on Monday denied reports that it had agreed to sell its Derby factory to a housing developer.
    "There is no truth in the story. The factory is not for sale," the firm's finance director, Ellen Crake, said.
    A post shared on a local forum had said the sale would be signed this week.
    The firm did confirm that it will hire 40 more weavers at the Derby site next year.
    """)

  @Test func aDeniedReportDisagrees() throws {
    let a = try #require(debunk)
    let r = a.claimStance("Harrow Mills agrees to sell Derby factory to developer")
    #expect(r.label == .disagree, "\(r)")
    #expect(r.cues.contains("refute: denied"), "\(r.cues)")
  }

  @Test func aNegatedMainVerbDisagrees() throws {
    let a = try #require(
      StanceTestSupport.article(
        """
        Ferry operator keeps Islay route
        The operator said it had not cut the winter service and would keep it.

        Westline Ferries has not cut its winter service to Islay, the operator said on Friday.
        It will not cut the service next winter either, a spokeswoman said, and there is no evidence that bookings have fallen.
        The route carried 210,000 passengers last year.
        """))
    let r = a.claimStance("Westline Ferries cuts winter service to Islay")
    #expect(r.label == .disagree, "\(r)")
  }

  @Test func aFactTheDebunkSettlesIsNotRefuted() throws {
    let a = try #require(debunk)
    // The hire shares the firm and the site with the denied sale, not what is denied.
    let r = a.claimStance("Harrow Mills to hire 40 weavers at Derby factory")
    #expect(r.label != .disagree, "\(r)")
  }

  @Test func aClaimThatCallsTheRumourFalseAgrees() throws {
    let a = try #require(debunk)
    let r = a.claimStance("Harrow Mills denies Derby factory sale")
    #expect(r.label == .agree, "\(r)")
  }

  @Test func aRefutedReportIsNotAHedge() throws {
    // "rejected the claim": the hedge noun is what is refuted, not the article's own doubt.
    let a = try #require(debunk)
    let r = a.claimStance("Harrow Mills agrees to sell Derby factory to developer")
    #expect(r.disagree > r.discuss, "\(r)")
  }

  @Test func stemsMeetAcrossInflections() {
    #expect(ClaimWords.stem("restored") == ClaimWords.stem("restoration"))
    #expect(ClaimWords.stem("convicted") == ClaimWords.stem("conviction"))
    #expect(ClaimWords.stem("plunges") == ClaimWords.stem("plunged"))
    #expect(ClaimWords.words("1,400 job losses") == ["1400", "job", "losses"])
  }

  @Test func devClaimsMacroF1() {
    let claims = StanceDevSet.claims()
    Self.evaluate("claim stance dev", claims, articles: StanceDevSet.articles)
    #expect(claims.count == 60)
  }

  /// The refutation set (`claims-refute.jsonl`): the `tune` part was read while writing the
  /// disagree rules, the `report` part only scored.
  @Test func refutationClaimsMacroF1() {
    let claims = StanceDevSet.claims("claims-refute.jsonl")
    for split in ["tune", "report"] {
      Self.evaluate(
        "claim stance refutation set, \(split)", claims.filter { $0.split == split },
        articles: StanceDevSet.claimArticles)
    }
    #expect(claims.count == 51)
    #expect(claims.allSatisfy { StanceDevSet.claimArticles[$0.file] != nil })
  }

  /// Prints macro-F1, the confusion matrix and per-label F1 of `claims`, next to the "discuss
  /// for everything related" baseline; with STANCE_VERBOSE=1 also every miss.
  static func evaluate(
    _ title: String, _ claims: [StanceDevSet.Claim], articles: [String: Article]
  ) {
    var confusion: [ClaimLabel: [ClaimLabel: Int]] = [:]
    var baseline: [ClaimLabel: [ClaimLabel: Int]] = [:]
    let threshold = ClaimStanceClassifier.Parameters().relatedness
    let verbose = ProcessInfo.processInfo.environment["STANCE_VERBOSE"] == "1"
    for claim in claims {
      guard let article = articles[claim.file] else { continue }
      let r = article.claimStance(claim.claim)
      confusion[claim.label, default: [:]][r.label, default: 0] += 1
      // The baseline: the same word overlap, and "discuss" for everything it finds related.
      let base: ClaimLabel = r.relatedness >= threshold ? .discuss : .unrelated
      baseline[claim.label, default: [:]][base, default: 0] += 1
      if verbose && r.label != claim.label {
        print(
          String(
            format: "  %@ → %@ (a %.1f d %.1f s %.1f): %@ [%@]", claim.label.rawValue,
            r.label.rawValue, r.agree, r.disagree, r.discuss, claim.claim,
            r.cues.joined(separator: ", ")))
        if ProcessInfo.processInfo.environment["STANCE_EVIDENCE"] == "1" {
          for i in r.evidence { print("      " + article.text(of: article.sentences[i].span)) }
        }
      }
    }
    print(
      String(
        format: "%@: %d pairs; macro-F1 %.3f (baseline, discuss for all related: %.3f)",
        title, claims.count, macroF1(confusion), macroF1(baseline)))
    print(
      "  gold \\ predicted   "
        + ClaimLabel.allCases.map { $0.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0) }
        .joined())
    for gold in ClaimLabel.allCases {
      let row = ClaimLabel.allCases.map {
        String(confusion[gold]?[$0] ?? 0).padding(toLength: 10, withPad: " ", startingAt: 0)
      }
      print("  " + gold.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0) + row.joined())
    }
    for label in ClaimLabel.allCases {
      print(String(format: "  F1 %@: %.3f", label.rawValue, f1(confusion, label)))
    }
  }

  static func f1(_ m: [ClaimLabel: [ClaimLabel: Int]], _ label: ClaimLabel) -> Double {
    let tp = Double(m[label]?[label] ?? 0)
    let predicted = Double(ClaimLabel.allCases.reduce(0) { $0 + (m[$1]?[label] ?? 0) })
    let gold = Double(m[label]?.values.reduce(0, +) ?? 0)
    let p = predicted == 0 ? 0 : tp / predicted
    let r = gold == 0 ? 0 : tp / gold
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }

  static func macroF1(_ m: [ClaimLabel: [ClaimLabel: Int]]) -> Double {
    ClaimLabel.allCases.reduce(0) { $0 + f1(m, $1) } / Double(ClaimLabel.allCases.count)
  }
}
