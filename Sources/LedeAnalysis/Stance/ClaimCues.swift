import Foundation
import LedeCore

/// The cue words of claim stance (`stance/claim_cues.tsv`) and the antonyms that show a
/// contradiction (`stance/antonyms.tsv`).
public struct ClaimCues: Sendable {
  /// What a cue says about the claim it stands near.
  public enum Kind: String, Sendable, CaseIterable {
    case refute, hedge, confirm, negate, judge
  }

  struct Phrase: Sendable {
    var words: [String]
    var kind: Kind
    var weight: Double
  }

  /// First word → the phrases that start with it, longest first.
  private(set) var phrases: [String: [Phrase]] = [:]
  /// Stem → the stems of its opposites.
  private(set) var antonyms: [String: Set<String>] = [:]

  /// Cues from the two files' text.
  public init(cues: String, antonyms: String) throws(StanceDataError) {
    for row in Self.rows(cues) {
      guard row.fields.count >= 3, let kind = Kind(rawValue: row.fields[0]),
        let weight = Double(row.fields[2])
      else {
        throw StanceDataError(
          file: "stance/claim_cues.tsv", line: row.line, reason: "expected kind, phrase, weight")
      }
      add(row.fields[1], kind: kind, weight: weight)
    }
    for row in Self.rows(antonyms) {
      guard row.fields.count >= 2 else {
        throw StanceDataError(
          file: "stance/antonyms.tsv", line: row.line, reason: "expected word, opposites")
      }
      addAntonyms(row.fields[0], row.fields[1].split(separator: "|").map(String.init))
    }
  }

  /// Adds a cue phrase (lowercase words).
  public mutating func add(_ phrase: String, kind: Kind, weight: Double) {
    let words = ClaimWords.words(phrase)
    guard let first = words.first else { return }
    phrases[first, default: []].append(Phrase(words: words, kind: kind, weight: weight))
    phrases[first]?.sort { $0.words.count > $1.words.count }
  }

  /// Adds a word and its opposites, both ways.
  public mutating func addAntonyms(_ word: String, _ opposites: [String]) {
    let a = ClaimWords.stem(word.lowercased())
    for opposite in opposites {
      let b = ClaimWords.stem(opposite.lowercased().trimmingCharacters(in: .whitespaces))
      guard !b.isEmpty, a != b else { continue }
      antonyms[a, default: []].insert(b)
      antonyms[b, default: []].insert(a)
    }
  }

  /// The bundled cues, loaded once per process.
  public static let bundled: Result<ClaimCues, DataFileError> = {
    do {
      let cues = try BundledData.bytes("stance/claim_cues.tsv")
      let antonyms = try BundledData.bytes("stance/antonyms.tsv")
      return .success(
        try ClaimCues(
          cues: String(decoding: cues, as: UTF8.self),
          antonyms: String(decoding: antonyms, as: UTF8.self)))
    } catch let error as DataFileError {
      return .failure(error)
    } catch let error as StanceDataError {
      return .failure(.corrupt(error.file, line: error.line, error.reason))
    } catch {
      return .failure(.corrupt("stance/claim_cues.tsv", "\(error)"))
    }
  }()

  /// The cues in a list of words: (position, phrase length, kind, weight).
  func find(in words: [String]) -> [(at: Int, length: Int, kind: Kind, weight: Double)] {
    var out: [(at: Int, length: Int, kind: Kind, weight: Double)] = []
    var i = 0
    while i < words.count {
      var advanced = false
      if let candidates = phrases[words[i]] {
        for phrase in candidates where i + phrase.words.count <= words.count {
          if phrase.words.count == 1 || Array(words[i..<(i + phrase.words.count)]) == phrase.words {
            out.append((i, phrase.words.count, phrase.kind, phrase.weight))
            i += phrase.words.count
            advanced = true
            break
          }
        }
      }
      if !advanced { i += 1 }
    }
    return out
  }

  /// The rows of a cue file that hold something, with their line numbers; empty fields are
  /// dropped, so that two tabs in a row separate like one.
  private static func rows(_ text: String) -> [(line: Int, fields: [String])] {
    var rows: [(line: Int, fields: [String])] = []
    TSVReader.forEachRow(Array(text.utf8), comments: true) { row in
      let fields = (0..<row.count).map { row.string($0) }.filter { !$0.isEmpty }
      if !fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { rows.append((row.line, fields)) }
    }
    return rows
  }
}
