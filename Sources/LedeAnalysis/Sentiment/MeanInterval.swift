/// A mean with its count, spread and 95% confidence interval (Student's t), and the test of
/// whether two such means differ (Welch's t-test at 5%).
///
/// Every mean tone a report shows goes through here, so a "−0.025 over 290 mentions" comes with
/// the interval that says whether it differs from another.
public struct MeanInterval: Hashable, Sendable {
  /// How many values.
  public var count: Int
  /// Their mean (0 when there are none).
  public var mean: Double
  /// Their sample standard deviation (0 with fewer than two values).
  public var deviation: Double

  /// The summary of `values`.
  public init<S: Sequence>(_ values: S) where S.Element == Double {
    // Welford's update: one pass, stable for long runs of similar values.
    var n = 0
    var mean = 0.0
    var squares = 0.0
    for x in values {
      n += 1
      let delta = x - mean
      mean += delta / Double(n)
      squares += delta * (x - mean)
    }
    self.init(count: n, mean: mean, deviation: n > 1 ? (squares / Double(n - 1)).squareRoot() : 0)
  }

  /// A summary from its parts.
  public init(count: Int, mean: Double, deviation: Double) {
    self.count = count
    self.mean = mean
    self.deviation = deviation
  }

  /// The standard error of the mean.
  public var standardError: Double { count > 0 ? deviation / Double(count).squareRoot() : 0 }

  /// The 95% interval of the mean; nil with fewer than two values (no spread to measure).
  public var interval: ClosedRange<Double>? {
    guard count > 1 else { return nil }
    let half = MeanInterval.t95(Double(count - 1)) * standardError
    return (mean - half)...(mean + half)
  }

  /// Whether the means of `self` and `other` differ at the 5% level (Welch's t-test); false
  /// when either has fewer than two values.
  public func differs(from other: MeanInterval) -> Bool {
    guard count > 1, other.count > 1 else { return false }
    let a = standardError * standardError
    let b = other.standardError * other.standardError
    guard a + b > 0 else { return mean != other.mean }
    // Welch–Satterthwaite degrees of freedom.
    let df = (a + b) * (a + b) / (a * a / Double(count - 1) + b * b / Double(other.count - 1))
    return abs(mean - other.mean) > MeanInterval.t95(df) * (a + b).squareRoot()
  }

  /// The two-sided 95% quantile of Student's t with `df` degrees of freedom: the table up to 30,
  /// then z + (z³ + z) / 4df (within 0.003 of the exact value beyond 30).
  static func t95(_ df: Double) -> Double {
    let table: [Double] = [
      12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
      2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
      2.052, 2.048, 2.045, 2.042,
    ]
    let whole = Int(df.rounded(.down))
    if whole < 1 { return table[0] }
    if whole <= 30 { return table[whole - 1] }
    let z = 1.959964
    return z + (z * z * z + z) / (4 * df)
  }
}
