import Foundation

/// A binary logistic regression over binary features, trained by averaged stochastic gradient
/// descent in a fixed order (as `ToneTrainer`): the same examples give the same weights on every
/// machine.
struct CueTrainer {
  /// Learning rate of the first epoch, its decay per epoch, epochs and the L2 penalty; chosen by
  /// the cross-validated F1 on PolNeAR train (`lede-bench quote-cues` prints it).
  var rate = 0.1
  var decay = 0.8
  var epochs = 10
  var l2 = 1e-4
  private(set) var weights: [Double] = []

  mutating func train(_ examples: [QuoteCueBench.Example], featureCount: Int) {
    weights = Array(repeating: 0, count: featureCount)
    var stepped = Array(repeating: 0.0, count: featureCount)
    var step = 1.0
    var order = Array(examples.indices)
    var shuffle = ReproducibleShuffle()
    var rate = self.rate
    for _ in 0..<epochs {
      shuffle.shuffle(&order)
      for index in order {
        let example = examples[index]
        let p = 1 / (1 + exp(-score(example.features)))
        let gradient = p - (example.label ? 1 : 0)
        for f in example.features {
          let delta = -rate * (gradient + l2 * weights[f])
          weights[f] += delta
          stepped[f] += step * delta
        }
        step += 1
      }
      rate *= decay
    }
    for w in weights.indices { weights[w] -= stepped[w] / step }
  }

  func score(_ features: [Int]) -> Double {
    features.reduce(0) { $0 + weights[$1] }
  }
}
