/// What loading does with articles that repeat others (`--dedup`).
public enum Deduplication: String, Sendable, CaseIterable {
  /// Articles with the same text load once (the default).
  case exact
  /// Exact copies load once, and of each cluster of near-duplicates only the first is kept.
  case near
  /// Every article loads, copies too.
  case none

  /// The similarity `near` uses, as `corpus:duplicates()` does by default: the value the
  /// analysts asked for (issue 18). On PolNeAR train (840 real articles, each with a copy
  /// that has 3 words changed) it puts 813 of the 840 copies with their original (the misses
  /// are mostly under 200 words, where 3 changes move 15 of the shingles) and also joins 3 sets
  /// of stories an outlet re-published the next day.
  public static let nearThreshold = 0.8
}

extension Corpus {
  /// A session's corpus from loaded articles, repeated ones handled by `policy`; the notes
  /// say which were set aside and, for `near`, how many in all.
  public static func assemble(_ loaded: [Article], policy: Deduplication) -> (Corpus, [LoadIssue]) {
    var corpus = Corpus()
    switch policy {
    case .none:
      for article in loaded { corpus.append(article) }
      return (corpus, [])
    case .exact:
      let notes = corpus.add(loaded)
      return (corpus, notes)
    case .near:
      var notes = corpus.add(loaded)
      let all = corpus.articles
      let clusters = NearDuplicates.clusters(in: all, threshold: Deduplication.nearThreshold)
      guard !clusters.isEmpty else { return (corpus, notes) }
      var setAside = Set<Int>()
      for cluster in clusters {
        let kept = all[cluster.members[0]]
        for member in cluster.members.dropFirst() {
          setAside.insert(member)
          notes.append(
            LoadIssue(
              path: all[member].metadata.path ?? all[member].id,
              "near-duplicate of \(kept.metadata.path ?? kept.id); set aside (--dedup none "
                + "keeps it)", severity: .note, kind: "near-duplicate"))
        }
      }
      var kept = Corpus()
      for (i, article) in all.enumerated() where !setAside.contains(i) { kept.append(article) }
      let noun = setAside.count == 1 ? "article" : "articles"
      notes.append(
        LoadIssue(
          path: "--dedup near",
          "set aside \(setAside.count) near-duplicate \(noun) in \(clusters.count) "
            + "cluster\(clusters.count == 1 ? "" : "s"); \(kept.count) loaded",
          severity: .note, kind: "near-duplicate summary"))
      return (kept, notes)
    }
  }
}
