import Foundation
import LedeCore

/// A multinomial logistic regression over `TowardFeatures`: the learned part of `toward`.
///
/// The weights (`Data/sentiment/toward_model.tsv`) are trained by `lede-bench tone --train` on
/// the training part of NewsMTSC (README there); they load once, on the first `toward`.
package struct TowardModel: Sendable {
  /// Weights per feature hash, for the classes negative, neutral, positive.
  var weights: [UInt64: SIMD4<Float>]

  package init(weights: [UInt64: SIMD4<Float>]) { self.weights = weights }

  /// The file inside the data folder.
  package static let file = "sentiment/toward_model.tsv"

  /// The bundled file's path, for tools.
  package static var bundledPath: String { (BundledData.directory ?? ".") + "/" + file }

  /// The bundled model, loaded on first use.
  static let shared: Result<TowardModel, DataFileError> = {
    do throws(DataFileError) {
      return .success(try load(try BundledData.bytes(file)))
    } catch {
      return .failure(error)
    }
  }()

  /// Reads `name<TAB>negative<TAB>neutral<TAB>positive` rows; `#` starts a comment line.
  package static func load(_ bytes: [UInt8]) throws(DataFileError) -> TowardModel {
    var weights: [UInt64: SIMD4<Float>] = [:]
    var bad: Int?
    TSVReader.forEachRow(bytes, comments: true) { row in
      guard bad == nil else { return }
      guard row.count == 4, let n = row.decimal(1), let u = row.decimal(2), let p = row.decimal(3)
      else {
        bad = row.line
        return
      }
      let hash = StableHash.value(of: row.bytes(0))
      weights[hash] = SIMD4(Float(n), Float(u), Float(p), 0)
    }
    if let bad {
      throw DataFileError.corrupt(file, line: bad, "not 'name, negative, neutral, positive'")
    }
    guard !weights.isEmpty else { throw DataFileError.corrupt(file, "no weights") }
    return TowardModel(weights: weights)
  }

  /// The class probabilities (negative, neutral, positive) of a feature vector.
  package func probabilities(_ features: TowardFeatures) -> SIMD4<Float> {
    var z = SIMD4<Float>(repeating: 0)
    for (hash, value) in zip(features.hashes, features.values) {
      if let w = weights[hash] { z += w * Float(value) }
    }
    z.w = -.infinity
    let top = max(z.x, max(z.y, z.z))
    var e = SIMD4<Float>(exp(z.x - top), exp(z.y - top), exp(z.z - top), 0)
    e /= e.x + e.y + e.z
    return e
  }
}
