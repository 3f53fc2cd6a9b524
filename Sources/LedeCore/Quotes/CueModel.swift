/// A logistic regression that decides whether a word the cue list lacks reports speech
/// (`The board ruled that the tolls will rise`): the learned part of indirect speech.
///
/// The weights (`Data/quotes/cue_model.tsv`) are trained by `Scripts/train-cue-model.sh`
/// (`lede-bench quote-cues --train`) on PolNeAR train (README there) over the features
/// `CueFeatures` reads; they load once, on the first article's quotes. A feature is a template
/// and up to two values (`n=that`, `wn=accept that`), keyed by `CueFeatures.key` over word
/// hashes, so an article's features are read off the token layer without making a string.
package struct CueModel: Sendable {
  /// Weights by feature key.
  let weights: KeyMap<Float>
  /// The words that may be cues: those with a weight of their own (`w=`), which training gives
  /// only to words that were a cue often enough. Any other word is not read as a cue at all,
  /// which keeps the model's cost to a few words an article.
  let words: KeySet
  /// The log-odds from which a candidate is taken for a report.
  package let threshold: Float
  /// The least score of a word's own features (`Attribution.cueWordFeatures`) from which its
  /// report is read and scored at all.
  package let early: Float

  init(weights: KeyMap<Float>, words: KeySet, threshold: Float, early: Float) {
    self.weights = weights
    self.words = words
    self.threshold = threshold
    self.early = early
  }

  /// The file inside the data folder.
  package static let file = "quotes/cue_model.tsv"
  /// The row that holds the threshold rather than a feature's weight.
  package static let thresholdRow = "=threshold"
  /// The row that holds `early`.
  package static let earlyRow = "=early"

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

  /// Reads `feature<TAB>weight` rows, one `=threshold<TAB>value` row and one `=early<TAB>value`
  /// row; `#` starts a comment.
  package static func load(_ bytes: [UInt8]) throws(DataFileError) -> CueModel {
    // Read from the bytes, no string made a row: the file has some ten thousand rows, and
    // they are read on the first article's quotes.
    var pairs: [(UInt64, Float)] = []
    var words: [UInt64] = []
    var threshold: Float?
    var early: Float?
    var bad: Int?
    let word = CueFeatures.tables.word.hash
    TSVReader.forEachRow(bytes, comments: true) { row in
      guard bad == nil else { return }
      guard row.count == 2, let value = row.decimal(1) else {
        bad = row.line
        return
      }
      let name = row.bytes(0)
      if name.first == UInt8(ascii: "=") {
        switch row.string(0) {
        case thresholdRow: threshold = Float(value)
        case earlyRow: early = Float(value)
        default: bad = row.line
        }
        return
      }
      let feature = CueFeatures.parse(name)
      pairs.append((feature.key, Float(value)))
      if feature.template == word, let value = feature.first { words.append(value) }
    }
    if let bad { throw DataFileError.corrupt(file, line: bad, "not 'feature, weight'") }
    guard let threshold, let early, !pairs.isEmpty else {
      throw DataFileError.corrupt(file, "no weights, no threshold or no early threshold")
    }
    return CueModel(
      weights: KeyMap(pairs), words: KeySet(words), threshold: threshold, early: early)
  }

  /// The key the model looks a feature up by, from its name (`wn=accept that`).
  package static func key(named name: String) -> UInt64 {
    var name = name
    return name.withUTF8 { CueFeatures.parse($0).key }
  }

  /// Whether the word of hash `word` may be a cue (it has a weight of its own).
  func reads(_ word: UInt64) -> Bool { words.contains(word) }

  /// The log-odds that the features describe a report; a feature the model lacks adds nothing.
  package func score(_ keys: [UInt64]) -> Float {
    var z: Float = 0
    for key in keys { z += weights[key] ?? 0 }
    return z
  }
}

/// A word the cue list lacks, read as a cue for training: its features and the spans of the
/// indirect quotes it would report.
package struct CueCandidate: Sendable {
  /// The features' keys, as the model looks them up.
  package var keys: [UInt64]
  /// The features' names (`w=believes`, `n=that`), in the order of `keys`.
  package var names: [String]
  /// How many of the features, first, are the word's own (`CueModel.early` scores them).
  package var early: Int
  /// The word, in the article's UTF-8 offsets.
  package var cue: Span
  /// The indirect quotes the word reports when taken for a cue, in the article's UTF-8 offsets.
  package var spans: [Span]
}
