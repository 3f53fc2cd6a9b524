import LedeCore

/// The one policy for bundled data: before an analysis runs for a user, its data files are
/// checked here, and a missing or corrupt one is raised as a `DataFileError` naming the file
/// and what to do, the same way for every analysis. No analysis quietly works on less.
public enum AnalysisData {
  /// An analysis, by the data it reads.
  public enum Analysis: String, Sendable, CaseIterable {
    /// Sentences: the reporting verbs (`“Why?” Putin asked.` is one sentence), read by every
    /// article that is loaded or parsed.
    case text
    /// Entities and quotes: the `names/` lists, the reporting verbs, the gazetteer and the
    /// learned cue model.
    case entities
    /// Places: the gazetteer and the word lists around it, and entities.
    case places
    /// Sentence and article tone: the VADER files and the news lexicon.
    case sentiment
    /// Tone toward a target: sentiment and the learned model.
    case toward
    /// Actor → target stance: the stance cues, and entities and places.
    case stance
    /// Claim stance: the claim cues and antonyms.
    case claims
  }

  /// Throws the first data error among the files `analysis` reads.
  public static func require(_ analysis: Analysis) throws(DataFileError) {
    switch analysis {
    case .text:
      if let error = ReportingVerbs.loadError { throw error }
    case .entities:
      if let error = NameLexicon.loadError ?? Gazetteer.shared.loadError ?? CueModel.loadError {
        throw error
      }
    case .places:
      try require(.entities)
      if let error = GeoLexicon.loadError { throw error }
    case .sentiment:
      try SentimentAnalyzer.shared.validate()
    case .toward:
      try require(.entities)
      try SentimentAnalyzer.shared.validateToward()
    case .stance:
      try require(.places)
      if case .failure(let error) = StanceExtractor.bundled { throw error }
    case .claims:
      if case .failure(let error) = ClaimStanceClassifier.bundled { throw error }
    }
  }
}
