/// A logistic regression that decides whether a word the cue list lacks reports speech
/// (`Fishermen accept that the tolls will rise`): the learned part of indirect speech.
///
/// The weights (`Data/quotes/cue_model.tsv`) are trained by `Scripts/train-cue-model.sh`
/// (`lede-bench quote-cues --train`) on PolNeAR train (README there) over the features `Attribution.cueFeatures` names; they load once,
/// on the first article's quotes.
package struct CueModel: Sendable {
  /// Weights per feature hash (`StableHash` of the feature's name).
  var weights: [UInt64: Float]
  /// The log-odds from which a candidate is taken for a report.
  package var threshold: Float

  package init(weights: [UInt64: Float], threshold: Float) {
    self.weights = weights
    self.threshold = threshold
  }

  /// The file inside the data folder.
  package static let file = "quotes/cue_model.tsv"
  /// The row that holds the threshold rather than a feature's weight.
  package static let thresholdRow = "=threshold"

  /// The bundled model, loaded on first use.
  static let loaded: Result<CueModel, DataFileError> = {
    do throws(DataFileError) {
      return .success(try load(try BundledData.bytes(file)))
    } catch {
      return .failure(error)
    }
  }()

  /// The bundled model, or nil when it could not be read (`loadError` says why).
  static var shared: CueModel? { try? loaded.get() }
  /// Why the bundled model could not be read, if it could not.
  package static var loadError: DataFileError? {
    if case .failure(let error) = loaded { return error }
    return nil
  }

  /// Reads `feature<TAB>weight` rows and one `=threshold<TAB>value` row; `#` starts a comment.
  package static func load(_ bytes: [UInt8]) throws(DataFileError) -> CueModel {
    var weights: [UInt64: Float] = [:]
    var threshold: Float?
    var bad: Int?
    TSVReader.forEachRow(bytes, comments: true) { row in
      guard bad == nil else { return }
      guard row.count == 2, let value = row.decimal(1) else {
        bad = row.line
        return
      }
      if row.string(0) == thresholdRow {
        threshold = Float(value)
      } else {
        weights[StableHash.value(of: row.bytes(0))] = Float(value)
      }
    }
    if let bad { throw DataFileError.corrupt(file, line: bad, "not 'feature, weight'") }
    guard let threshold, !weights.isEmpty else {
      throw DataFileError.corrupt(file, "no weights or no threshold")
    }
    return CueModel(weights: weights, threshold: threshold)
  }

  /// The log-odds that the features describe a report; a feature the model lacks adds nothing.
  package func score(_ features: [String]) -> Float {
    var z: Float = 0
    for name in features { z += weights[StableHash.value(of: name)] ?? 0 }
    return z
  }
}

/// A word the cue list lacks, read as a cue for training: its features and the spans of the
/// indirect quotes it would report.
package struct CueCandidate: Sendable {
  /// The features' names (`w=believes`, `n=that`).
  package var features: [String]
  /// The word, in the article's UTF-8 offsets.
  package var cue: Span
  /// The indirect quotes the word reports when taken for a cue, in the article's UTF-8 offsets.
  package var spans: [Span]
}
