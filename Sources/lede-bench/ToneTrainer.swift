/// A multinomial logistic regression trained by stochastic gradient descent, deterministic: the
/// same examples in the same order give the same weights on every machine.
struct ToneTrainer {
  /// One example: feature indices with values, and the class (0 negative, 1 neutral, 2 positive).
  struct Example {
    var features: [(Int, Double)]
    var label: Int
  }

  /// Learning rate of the first epoch, its decay per epoch, epochs and the L2 penalty. Chosen on
  /// the tuning part of NewsMTSC train (`lede-bench tone` prints the sweep).
  var rate = 0.1
  var decay = 0.8
  var epochs = 15
  var l2 = 1e-4
  /// Return the average of the weights over all updates (averaged SGD), which generalises
  /// better than the last iterate on small sets.
  var averaged = true

  /// Weights, three per feature index.
  private(set) var weights: [Double] = []

  mutating func train(_ examples: [Example], featureCount: Int) {
    weights = Array(repeating: 0, count: featureCount * 3)
    // The averaging trick: keep Σ step·Δ so the mean of all iterates is w − that / steps.
    var stepped = Array(repeating: 0.0, count: featureCount * 3)
    var step = 1.0
    var order = Array(examples.indices)
    var shuffle = ReproducibleShuffle()
    var rate = self.rate
    for _ in 0..<epochs {
      shuffle.shuffle(&order)
      for index in order {
        let example = examples[index]
        let p = probabilities(example.features)
        for k in 0..<3 {
          let gradient = p[k] - (k == example.label ? 1 : 0)
          for (f, value) in example.features {
            let w = f * 3 + k
            let delta = -rate * (gradient * value + l2 * weights[w])
            weights[w] += delta
            stepped[w] += step * delta
          }
        }
        step += 1
      }
      rate *= decay
    }
    if averaged {
      for w in weights.indices { weights[w] -= stepped[w] / step }
    }
  }

  /// Adds `offsets` (negative, positive) to the logits through the weights of the always-on
  /// feature `bias`: a shift toward the rarer classes raises macro-F1.
  mutating func shift(bias: Int, negative: Double, positive: Double) {
    weights[bias * 3] += negative
    weights[bias * 3 + 2] += positive
  }

  func probabilities(_ features: [(Int, Double)]) -> [Double] {
    var z = [0.0, 0.0, 0.0]
    for (f, value) in features {
      for k in 0..<3 { z[k] += weights[f * 3 + k] * value }
    }
    let top = z.max() ?? 0
    let e = z.map { exp($0 - top) }
    let sum = e.reduce(0, +)
    return e.map { $0 / sum }
  }

  func predict(_ features: [(Int, Double)]) -> Int {
    let p = probabilities(features)
    var best = 1
    for k in [0, 2] where p[k] > p[best] { best = k }
    return best
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
