import Foundation

/// Turns per-token valences into VADER's four scores (SPEC.md §5–8).
struct ScoreAggregator {
  let resources: SentimentResources

  /// The punctuation amplifier: `!` up to four, and `?` when there are two or more (§6).
  func amplifier(exclamations: Int, questions: Int) -> Double {
    let bangs =
      Double(min(exclamations, resources.rules.exclamationMaxCount))
      * resources.rules.exclamationIncrement
    var marks = 0.0
    if questions >= resources.rules.questionMinCount {
      marks =
        questions <= resources.rules.questionMaxCount
        ? Double(questions) * resources.rules.questionIncrement
        : resources.rules.questionCapAmplifier
    }
    return bangs + marks
  }

  /// The reference's "but" rule, including its quirk (§5): each value is looked up by equality,
  /// so the first equal value is the one scaled.
  func applyBut(_ valences: UnsafeMutableBufferPointer<Double>, butIndex: Int) {
    for k in 0..<valences.count {
      let x = valences[k]
      var first = 0
      while valences[first] != x { first += 1 }
      if first < butIndex {
        valences[first] = x * resources.rules.butBeforeScalar
      } else if first > butIndex {
        valences[first] = x * resources.rules.butAfterScalar
      }
    }
  }

  /// The normalised compound score of a sum.
  func normalize(_ score: Double) -> Double {
    let normalized = score / (score * score + resources.rules.alpha).squareRoot()
    return min(1, max(-1, normalized))
  }

  /// The scores of a list of valences (§6–8), rounded as the reference rounds them.
  func scores(_ valences: UnsafeBufferPointer<Double>, amplifier: Double, rounded: Bool = true)
    -> SentimentScores
  {
    guard !valences.isEmpty else { return .empty }
    // One pass for the sum and the three proportions' parts (each added in the same order as
    // in two passes, so the figures are the same): the second pass was a third of this
    // function's instructions (callgrind, NewsMTSC train sentences).
    var sum = 0.0
    var positive = 0.0
    var negative = 0.0
    var neutral = 0
    for value in valences {
      sum += value
      if value > 0 {
        positive += value + 1
      } else if value < 0 {
        negative += value - 1
      } else if value == 0 {
        neutral += 1
      }
    }
    if sum > 0 {
      sum += amplifier
    } else if sum < 0 {
      sum -= amplifier
    }
    let compound = normalize(sum)
    if positive > abs(negative) {
      positive += amplifier
    } else if positive < abs(negative) {
      negative -= amplifier
    }
    let total = positive + abs(negative) + Double(neutral)
    let scores = SentimentScores(
      compound: compound, pos: abs(positive / total), neu: abs(Double(neutral) / total),
      neg: abs(negative / total))
    guard rounded else { return scores }
    return SentimentScores(
      compound: Rounding.halfEven(scores.compound, digits: resources.rules.compoundDigits),
      pos: Rounding.halfEven(scores.pos, digits: resources.rules.proportionDigits),
      neu: Rounding.halfEven(scores.neu, digits: resources.rules.proportionDigits),
      neg: Rounding.halfEven(scores.neg, digits: resources.rules.proportionDigits))
  }
}

/// Python's `round(x, n)`: half to even on the exact binary value.
enum Rounding {
  private static let scales: [Double] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]

  /// `x` rounded to `digits` decimals as Python rounds it.
  static func halfEven(_ x: Double, digits: Int) -> Double {
    guard digits >= 0, digits < scales.count, x.isFinite else { return x }
    let scale = scales[digits]
    let scaled = x * scale
    let fraction = abs(scaled - scaled.rounded(.towardZero))
    if abs(fraction - 0.5) < 1e-6 {
      // Close to a tie, the product above may have rounded: decide on the exact value, as
      // printf does (glibc formats the exact binary value, ties to even).
      return Double(String(format: "%.\(digits)f", x)) ?? scaled.rounded() / scale
    }
    return scaled.rounded(.toNearestOrEven) / scale
  }
}
