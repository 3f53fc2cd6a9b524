/// The one list of reporting verbs: `names/cue_verbs.txt`, read once.
///
/// The quote extractor takes its cues from it, the sentence splitter its verbs of saying after
/// a quotation (`“Why?” Putin asked.`), sentiment its reported-speech words, stance and claim
/// stance their attribution verbs, and geography its metonymy verbs (`the Kremlin said`). An
/// analysis that needs a narrower set reads a tag of the list (sentiment takes the `plain` verbs
/// as reported speech), never a list of its own.
package enum ReportingVerbs {
  /// One line of the list: a word or phrase as written, and its restrictions.
  package struct Entry: Sendable {
    /// The word or phrase (`said`, `according to`).
    package var text: String
    /// The further columns: `partial`, `direct`, `noclause`, `report`, `hedge`, `noun`,
    /// `plain`, `control`, `nocue` (see the file's header).
    package var tags: [String]
  }

  /// The bundled data file.
  package static let file = "names/cue_verbs.txt"

  /// Every speech cue, in the file's order: the entries not marked `report` or `nocue`.
  package static var entries: [Entry] {
    loaded.entries.filter { !$0.tags.contains("report") && !$0.tags.contains("nocue") }
  }
  /// The entries marked `report`: verbs that report a stance, a view or a request
  /// (`criticized`, `declined`), which only the quote extractor reads, before reported speech.
  package static var reportEntries: [Entry] {
    loaded.entries.filter { $0.tags.contains("report") }
  }
  /// Why the list could not be read, if it could not (then `entries` is empty).
  package static var loadError: DataFileError? { loaded.error }

  private static let loaded: (entries: [Entry], error: DataFileError?) = {
    do throws(DataFileError) {
      let rows = try BundledData.listRows(file)
      return (rows.map { Entry(text: $0[0], tags: Array($0.dropFirst())) }, nil)
    } catch {
      return ([], error)
    }
  }()

  /// The one-word entries, lowercase: every inflected form the list holds.
  package static let words: Set<String> = Set(
    entries.lazy.map { $0.text.lowercased() }.filter { !$0.contains(" ") })

  /// The one-word entries marked `report`, lowercase: verbs that report a stance
  /// (`questioned`, `criticized`).
  package static let reportWords: Set<String> = Set(
    reportEntries.lazy.map { $0.text.lowercased() }.filter { !$0.contains(" ") })

  /// The words of the entries marked `plain`, verbs of saying that carry no judgement of their
  /// own (`said`, not `blamed`), with the first word of a phrase (`according`).
  package static let plainWords: Set<String> = Set(
    entries.lazy.filter { $0.tags.contains("plain") }.compactMap {
      $0.text.lowercased().split(separator: " ").first.map(String.init)
    })

  /// The one-word entries marked `control`, lowercase: verbs that ask, move or let their object
  /// do what the infinitive after it says (`urged`, `allowed`, `forced`), speech cues or not.
  package static let controlWords: Set<String> = Set(
    loaded.entries.lazy.filter { $0.tags.contains("control") }.map { $0.text.lowercased() }
      .filter { !$0.contains(" ") })

  /// Whether a lowercase word is a reporting verb (`said`, `insists`, `tweeted`).
  package static func contains(_ word: some StringProtocol) -> Bool {
    words.contains(String(word))
  }
}
