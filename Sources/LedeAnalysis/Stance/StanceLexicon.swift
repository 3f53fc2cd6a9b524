import Foundation
import LedeCore

/// The stance cues compiled for matching: each pattern a list of word sets and gaps, indexed by
/// the words it can start with.
public struct StanceLexicon: Sendable {
  /// One step of a compiled pattern.
  enum Element: Hashable, Sendable {
    case words(Set<String>)
    /// Up to this many other words.
    case gap(Int)
  }

  struct Compiled: Sendable {
    var elements: [Element]
    var cue: StanceCue
    /// Per element: the `StanceText.key` of each of its words (empty for a gap), so a token is
    /// matched by its key, not by hashing its word into the `Set` (25M of 297M in a:stances()
    /// on 200 PolNeAR train texts).
    var keys: [KeySet]
  }

  /// The cues, in file order.
  public private(set) var cues: [StanceCue] = []
  private(set) var patterns: [Compiled] = []
  /// First word → indices into `patterns`.
  private(set) var byFirstWord: [String: [Int]] = [:]
  /// `byFirstWord` by the words' `StanceText.key`, as the scan reads tokens.
  private var byFirstKey: [UInt64: [Int]] = [:]
  /// One bit per `StableHash` value (mod 2^14) of the first words: most tokens start no cue,
  /// and the filter answers them without hashing the word for the dictionary (a look-up there
  /// cost about 350 instructions, once a token: 218M of a:stances() on PolNeAR train).
  private var firstWordBits = [UInt64](repeating: 0, count: 1 << 8)

  /// Whether some cue starts with the normalised word `word`.
  func startsCue(_ word: String) -> Bool { byFirstWord[word] != nil }

  /// A lexicon of `cues`; throws on a pattern that cannot be compiled.
  public init(cues: [StanceCue]) throws(StanceDataError) {
    for cue in cues { try add(cue) }
  }

  /// Adds one cue; throws when its pattern is empty or starts with a gap.
  public mutating func add(_ cue: StanceCue) throws(StanceDataError) {
    let elements = try Self.compile(cue.pattern)
    guard case .words(let first) = elements.first else {
      throw StanceDataError(file: "cue", reason: "pattern '\(cue.pattern)' must start with a word")
    }
    let index = patterns.count
    let keys = elements.map { element -> KeySet in
      guard case .words(let words) = element else { return KeySet() }
      return KeySet(words.map(StanceText.key))
    }
    patterns.append(Compiled(elements: elements, cue: cue, keys: keys))
    cues.append(cue)
    for word in first {
      byFirstWord[word, default: []].append(index)
      let key = StanceText.key(word)
      byFirstKey[key, default: []].append(index)
      let bit = Self.filterBit(key)
      firstWordBits[bit >> 6] |= 1 << UInt64(bit & 63)
    }
  }

  private static func filterBit(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: key) & (1 << 14 - 1)
  }

  /// Whether the word of `key` may start a cue (false means it starts none).
  private func mayStartCue(_ key: UInt64) -> Bool {
    let bit = Self.filterBit(key)
    return firstWordBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// The bundled lexicon (`stance/cues.tsv`), loaded once per process.
  public static let bundled: Result<StanceLexicon, DataFileError> = {
    let file = "stance/cues.tsv"
    do {
      let bytes = try BundledData.bytes(file)
      return .success(try StanceLexicon(cues: parse(String(decoding: bytes, as: UTF8.self))))
    } catch let error as DataFileError {
      return .failure(error)
    } catch let error as StanceDataError {
      return .failure(.corrupt(file, line: error.line, error.reason))
    } catch {
      return .failure(.corrupt(file, "\(error)"))
    }
  }()

  /// Reads cues from the TSV format of `stance/cues.tsv`.
  public static func parse(_ text: String, file: String = "stance/cues.tsv") throws(StanceDataError)
    -> [StanceCue]
  {
    var cues: [StanceCue] = []
    var failure: StanceDataError?
    TSVReader.forEachRow(Array(text.utf8), comments: true) { row in
      let fields = (0..<row.count).map { row.string($0) }
      guard failure == nil, !fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) else { return }
      do throws(StanceDataError) {
        cues.append(try cue(fields, line: row.line, file: file))
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
    return cues
  }

  /// One row of the cue file: pattern, stance, intensity, frame and an optional note.
  private static func cue(_ fields: [String], line: Int, file: String) throws(StanceDataError)
    -> StanceCue
  {
    guard fields.count >= 4 else {
      throw StanceDataError(
        file: file, line: line, reason: "expected pattern, stance, intensity, frame")
    }
    guard let stance = StanceLabel(rawValue: fields[1]) else {
      throw StanceDataError(file: file, line: line, reason: "unknown stance '\(fields[1])'")
    }
    guard let intensity = Double(fields[2]), abs(intensity) <= 10 else {
      throw StanceDataError(
        file: file, line: line, reason: "intensity must be a number in −10…10")
    }
    guard let frame = StanceFrame(rawValue: fields[3]) else {
      throw StanceDataError(file: file, line: line, reason: "unknown frame '\(fields[3])'")
    }
    guard StanceLabel(intensity: intensity) == stance || frame == .describe else {
      throw StanceDataError(
        file: file, line: line, reason: "intensity \(fields[2]) does not fit stance '\(stance)'")
    }
    return StanceCue(
      pattern: fields[0], stance: stance, intensity: intensity, frame: frame,
      note: fields.count > 4 ? fields[4] : "")
  }

  static func compile(_ pattern: String) throws(StanceDataError) -> [Element] {
    var elements: [Element] = []
    for part in pattern.lowercased().split(separator: " ") {
      if part == "*" {
        elements.append(.gap(2))
        continue
      }
      var words: Set<String> = []
      for alternative in part.split(separator: "|") {
        let word = StanceText.normalize(String(alternative))
        if word.hasSuffix("+") {
          words.formUnion(inflections(of: String(word.dropLast())))
        } else {
          words.insert(word)
        }
      }
      words.remove("")
      guard !words.isEmpty else {
        throw StanceDataError(file: "cue", reason: "empty word in pattern '\(pattern)'")
      }
      elements.append(.words(words))
    }
    if elements.isEmpty { throw StanceDataError(file: "cue", reason: "empty pattern") }
    return elements
  }

  /// A verb's regular forms, generously: a form that is not a word never matches anything.
  static func inflections(of word: String) -> Set<String> {
    var forms: Set<String> = [word, word + "s", word + "es", word + "ed", word + "ing"]
    guard let last = word.last else { return forms }
    if last == "e" {
      forms.formUnion([word + "d", String(word.dropLast()) + "ing"])
    }
    if last == "y", let before = word.dropLast().last, !"aeiou".contains(before) {
      let stem = String(word.dropLast())
      forms.formUnion([stem + "ies", stem + "ied"])
    }
    if !"aeiouwxy".contains(last) {
      forms.formUnion([word + String(last) + "ed", word + String(last) + "ing"])
    }
    return forms
  }

  /// The longest cue that matches the words from `start`, up to (not including) `limit`.
  ///
  /// Candidates are tried by their index and only the best is copied out: copying each
  /// candidate's `Compiled` (its arrays and the cue's strings) to try it cost about 13M
  /// instructions of 1,311M for every analysis of 200 PolNeAR train texts.
  func longestMatch(in text: StanceText, at start: Int, limit: Int) -> (cue: Compiled, end: Int)? {
    guard text.isWord(start), mayStartCue(text.keys[start]),
      let candidates = byFirstKey[text.keys[start]]
    else { return nil }
    var best: (index: Int, end: Int)?
    for index in candidates {
      if let end = match(index, 0, in: text, at: start, limit: limit), end > best?.end ?? 0 {
        best = (index, end)
      }
    }
    return best.map { (patterns[$0.index], $0.end) }
  }

  private func match(_ pattern: Int, _ k: Int, in text: StanceText, at p: Int, limit: Int)
    -> Int?
  {
    guard k < patterns[pattern].elements.count else { return p }
    switch patterns[pattern].elements[k] {
    case .words:
      var p = p
      // Quotation marks are transparent: was “deeply alarmed” by.
      if k > 0 { while p < limit, text.isQuoteMark(p) { p += 1 } }
      guard p < limit, text.isWord(p), patterns[pattern].keys[k].contains(text.keys[p]) else {
        return nil
      }
      return match(pattern, k + 1, in: text, at: p + 1, limit: limit)
    case .gap(let n):
      var best: Int?
      var q = p
      for _ in 0...n {
        if let end = match(pattern, k + 1, in: text, at: q, limit: limit) {
          best = max(best ?? 0, end)
        }
        guard q < limit, text.isWord(q) else { break }
        q += 1
      }
      return best
    }
  }
}
