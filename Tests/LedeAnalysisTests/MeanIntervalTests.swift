import Testing

@testable import LedeAnalysis

/// Means with their count and 95% interval, and Welch's test between two of them.
@Suite struct MeanIntervalTests {
  @Test func summarisesValuesWithStudentsInterval() throws {
    let m = MeanInterval([1, 2, 3, 4])
    #expect(m.count == 4)
    #expect(abs(m.mean - 2.5) < 1e-12)
    #expect(abs(m.deviation - 1.2909944) < 1e-6)
    let interval = try #require(m.interval)
    // t(3) = 3.182, standard error 0.6454972.
    #expect(abs(interval.lowerBound - (2.5 - 3.182 * 0.6454972)) < 1e-6)
    #expect(abs(interval.upperBound - (2.5 + 3.182 * 0.6454972)) < 1e-6)
  }

  @Test func hasNoIntervalBelowTwoValues() {
    #expect(MeanInterval([0.4]).interval == nil)
    #expect(MeanInterval([Double]()).count == 0)
    #expect(MeanInterval([Double]()).interval == nil)
  }

  @Test func quantileApproachesTheNormalOne() {
    #expect(MeanInterval.t95(1) == 12.706)
    #expect(MeanInterval.t95(30) == 2.042)
    // Exact values: t(40) = 2.021, t(120) = 1.980.
    #expect(abs(MeanInterval.t95(40) - 2.021) < 0.003)
    #expect(abs(MeanInterval.t95(120) - 1.980) < 0.003)
  }

  @Test func tellsDistinguishableMeansApart() {
    let a = MeanInterval([0.1, 0.2, 0.15, 0.12, 0.18])
    let b = MeanInterval([-0.3, -0.25, -0.32, -0.28, -0.2])
    let wide = MeanInterval([0.3, -0.2, 0.1, 0.4, -0.1])
    #expect(a.differs(from: b))
    #expect(b.differs(from: a))
    #expect(!a.differs(from: wide))
    #expect(!a.differs(from: MeanInterval([0.9])))
  }
}
