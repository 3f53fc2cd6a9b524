/// The one folded-word hash: `StableHash` (FNV-1a, 64 bits) over a word's folded UTF-8 bytes,
/// computed without making a `String`.
///
/// Folding follows the gazetteer README, so the token layer, the name lists and the gazetteer
/// agree on every key: diacritics removed, case folded, `’`/`‘` read as `'`, hyphens and runs
/// of spaces read as one space, none at either end. A phrase is hashed either from its text
/// (`of("New York")`) or, word by word, with `combine`. The value is never 0 (0 marks an empty
/// slot in the gazetteer's index).
///
/// Public, with the byte loop `@inlinable`, for the reason `TokenFlags` is: the geoparser and
/// the stance reading hash words in another module, where every `feedASCII` was a call.
public struct WordHash: Hashable, Sendable {
  /// The hash so far.
  @usableFromInline package internal(set) var hash: UInt64
  /// Whether nothing but separators was fed.
  @usableFromInline package internal(set) var isEmpty: Bool
  /// Whether a space is owed before the next byte (separators are written lazily to collapse
  /// runs and drop them at the ends).
  @usableFromInline var pendingSpace: Bool

  /// An empty hash, ready to be fed.
  @inlinable public init() {
    // `StableHash.seed`, written out: a `static let` of another module is a guarded call.
    hash = 0xcbf2_9ce4_8422_2325
    isEmpty = true
    pendingSpace = false
  }

  /// The finished hash value (never 0).
  @inlinable public var value: UInt64 { hash == 0 ? 1 : hash }

  /// A hash that continues from `hash` (for keys built on another key, as the gazetteer's
  /// division codes are).
  package init(continuing hash: UInt64) {
    self.hash = hash
    isEmpty = false
    pendingSpace = false
  }

  /// Mixes one byte in as it is, without folding or separators (for binary keys).
  @inlinable public mutating func mix(_ byte: UInt8) {
    // `StableHash.mix` with its prime written out (see `init`).
    hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
  }

  /// Feeds one byte that is already folded.
  @inlinable public mutating func emit(_ byte: UInt8) {
    if pendingSpace {
      if !isEmpty { mix(0x20) }
      pendingSpace = false
    }
    mix(byte)
    isEmpty = false
  }

  /// A word separator: written once before the next byte, never at either end.
  @inlinable public mutating func separator() { pendingSpace = true }

  /// Feeds bytes `range` of `bytes`, folding them.
  @inlinable public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let b = bytes[i]
      if b < 0x80 {
        feedASCII(b)
        i += 1
        continue
      }
      i += feedScalar(bytes, at: i, end: end)
    }
  }

  /// Feeds the non-ASCII scalar at `i` and returns its length: `feed`'s rare branch, kept out
  /// of line with the decoder it calls.
  @usableFromInline
  mutating func feedScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
    let (scalar, length) = UTF8Decoder.decode(bytes, at: i, end: end)
    feedScalar(scalar)
    return length
  }

  /// Feeds one ASCII byte, folding its case; a hyphen or white space separates words.
  @inlinable public mutating func feedASCII(_ b: UInt8) {
    switch b {
    case 0x41...0x5A: emit(b | 0x20)
    case 0x2D, 0x20, 0x09, 0x0A, 0x0D: separator()
    default: emit(b)
    }
  }

  /// Feeds one non-ASCII scalar, folded through `FoldTable`.
  public mutating func feedScalar(_ scalar: UInt32) {
    switch scalar {
    case 0x2018, 0x2019, 0x02BC: emit(0x27)  // curly apostrophes and the modifier letter
    case 0x2010, 0x2011, 0x00A0, 0x2009, 0x202F: separator()  // hyphens and odd spaces
    default:
      var packed = FoldTable.fold(scalar)
      let count = Int(packed & 0xFF)
      packed >>= 8
      for _ in 0..<count {
        emit(UInt8(truncatingIfNeeded: packed))
        packed >>= 8
      }
    }
  }

  /// The hash of bytes `start..<end` of `bytes`.
  @inlinable public static func of(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> UInt64 {
    var key = WordHash()
    key.feed(bytes, start..<end)
    return key.value
  }

  /// The hash of a word, or of a phrase whose words are separated by spaces.
  package static func of(_ text: some StringProtocol) -> UInt64 {
    var copy = String(text)
    return copy.withUTF8 { of($0, from: 0, to: $0.count) }
  }

  /// The hash of a phrase made of several word hashes (an order-sensitive combination, not
  /// the hash of the phrase's text).
  package static func combine(_ words: [UInt64]) -> UInt64 {
    var phrase = Phrase()
    for word in words { phrase.append(word) }
    return phrase.value
  }

  /// A phrase's `combine` hash fed one word at a time, so a caller reading words off the token
  /// layer need not make their list (coreference's deferred names made one per capitalised
  /// word and length tried).
  package struct Phrase: Sendable {
    private var hash = StableHash()

    /// An empty phrase.
    package init() {}

    /// The phrase of one word.
    package init(_ word: UInt64) { append(word) }

    /// Appends a word's hash.
    @inline(__always) package mutating func append(_ word: UInt64) {
      for shift in stride(from: 0, to: 64, by: 8) {
        hash.mix(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
      }
    }

    /// The hash of the words appended so far, as `combine` gives it.
    package var value: UInt64 { hash.value }
  }
}
