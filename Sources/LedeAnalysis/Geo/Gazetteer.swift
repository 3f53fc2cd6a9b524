import Dispatch
import LedeCore

/// The places Lede can recognise: GeoNames countries, divisions and cities plus hand-written
/// regions, with demonyms and government-seat metonyms (data in `Data/gazetteer`).
///
/// `places.bin` is mapped and read in place the first time `shared` is used: no record or name
/// becomes a Swift value until a look-up matches it. After that the gazetteer is immutable and
/// safe to share.
public final class Gazetteer: Sendable {
  /// The bundled gazetteer, loaded on first use. When its data is missing or corrupt it is
  /// empty and `loadError` says why; `AnalysisData.require` raises that error before any
  /// analysis reads it.
  public static let shared: Gazetteer = {
    do throws(DataFileError) {
      return Gazetteer(
        file: try GazetteerFile(bundled: "gazetteer/places.bin"),
        demonyms: try BundledData.bytes("gazetteer/demonyms.tsv"),
        metonyms: try BundledData.bytes("gazetteer/metonyms.tsv"))
    } catch {
      return Gazetteer(missing: error)
    }
  }()

  let file: GazetteerFile
  let records: PlaceTable
  let index: NameIndex
  /// First-level divisions by `AdminKey`.
  let admins: [UInt64: Int32]
  /// Countries by packed ISO code.
  let countries: [UInt16: Int32]
  let demonyms: KeyMap<[UInt16]>
  let metonyms: KeyMap<Metonym>

  /// Why the bundled data could not be read, if it could not.
  public let loadError: DataFileError?
  /// Seconds spent reading and indexing the data.
  public let loadSeconds: Double

  /// A phrase that stands for a government (`Kremlin`, `White House`) or a capital city.
  struct Metonym: Sendable {
    var country: UInt16
    /// The record of the seat in `records`, or -1.
    var record: Int32
    /// A capital (`Moscow`) rather than a seat phrase (`Kremlin`).
    var isCapital: Bool
    /// The data marks the name as a common word or name as well (`Male`, `Victoria`).
    var needsContext: Bool
    /// A landmark that names its city (`Wall Street`, `Fleet Street`): a location unless it
    /// acts ("Wall Street rallied"), where a seat (`the Kremlin`) is an actor by default.
    var isLandmark = false
  }

  /// Builds a gazetteer from the mapped places and the bytes of the two lists (see the README).
  init(file: GazetteerFile, demonyms: [UInt8], metonyms: [UInt8]) {
    let start = DispatchTime.now().uptimeNanoseconds
    self.file = file
    records = PlaceTable(file: file)
    index = NameIndex(file: file)
    var loader = GazetteerLoader(records: records)
    loader.readDivisions()
    loader.readMetonyms(metonyms)
    loader.readDemonyms(demonyms)
    admins = loader.admins
    countries = loader.countries
    self.demonyms = KeyMap(loader.demonyms.map { ($0.key, $0.value) })
    self.metonyms = KeyMap(loader.metonyms.map { ($0.key, $0.value) })
    loadError = nil
    loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  init(missing: DataFileError) {
    file = GazetteerFile()
    records = PlaceTable(file: file)
    index = NameIndex(file: file)
    admins = [:]
    countries = [:]
    demonyms = KeyMap([])
    metonyms = KeyMap([])
    loadError = missing
    loadSeconds = 0
  }

  /// Number of places.
  public var count: Int { records.count }

  /// Candidate places for a name, best first.
  ///
  /// Matching folds case and accents (`Zaporizhzhia`, `ZAPORIZHZHIA`, `Zapórizhzhia`), except for
  /// names written in capitals (`US`, `UK`), which must match exactly; a leading "the" is
  /// optional. Candidates whose main name matches come before those matching an alternate
  /// (historical names), then by kind and size.
  public func lookup(_ name: String) -> [GazetteerPlace] {
    candidates(name).map { place($0.record) }
  }

  /// The records of `lookup(name)`, best first, by their index (for `place(_:)`): what Lua's
  /// read-only GazetteerPlace objects hold.
  package func lookupRecords(_ name: String) -> [Int] {
    candidates(name).map(\.record)
  }

  /// The likeliest record for a name before any context (the first of `lookup`), without
  /// making a `GazetteerPlace` of every candidate: the entity recogniser asks this of every
  /// capitalised name it meets.
  func best(_ name: String) -> PlaceRecord? {
    // The first of `candidates(name)` without sorting them: the highest prior, the earliest
    // of equal ones (that sort is stable). Most names the recogniser asks about match no key
    // and return before anything is allocated: the two readings are tried in turn, not from an
    // array of them, and the entries are read in place (the array literal and the entries'
    // list were about 10M instructions of the 28.9M these look-ups cost on 200 PolNeAR train
    // texts, callgrind).
    var name = name
    return name.withUTF8 { best($0) }
  }

  /// `best(_:)` of a name given as UTF-8 bytes.
  func best(_ buffer: UnsafeBufferPointer<UInt8>) -> PlaceRecord? {
    var lower = 0
    while lower < buffer.count, buffer[lower] == 0x20 { lower += 1 }
    var best: (record: Int, prior: Double)?
    var seen: [Int] = []
    func consider(_ range: Range<Int>) {
      var key = WordHash()
      key.feed(buffer, range)
      forEachEntry(key.value, surface: buffer, range) { entry in
        guard !seen.contains(entry.record) else { return }
        seen.append(entry.record)
        let p = prior(entry)
        if best == nil || p > best?.prior ?? 0 { best = (entry.record, p) }
      }
    }
    consider(lower..<buffer.count)
    if let withoutThe = nameWithoutThe(buffer, from: lower) { consider(withoutThe) }
    return best.map { records[$0.record] }
  }

  /// The name without a leading "the ", when it has one: a look-up tries both.
  private func nameWithoutThe(_ buffer: UnsafeBufferPointer<UInt8>, from lower: Int) -> Range<
    Int
  >? {
    guard buffer.count - lower > 4, buffer[lower] | 0x20 == UInt8(ascii: "t"),
      buffer[lower + 1] | 0x20 == UInt8(ascii: "h"),
      buffer[lower + 2] | 0x20 == UInt8(ascii: "e"),
      buffer[lower + 3] == 0x20
    else { return nil }
    return lower + 4..<buffer.count
  }

  /// The entries matching a name (see `lookup`), best first.
  private func candidates(_ name: String) -> [NameIndex.Entry] {
    let utf8 = Array(name.utf8)
    return utf8.withUnsafeBufferPointer { buffer in
      var lower = 0
      while lower < buffer.count, buffer[lower] == 0x20 { lower += 1 }
      var ranges = [lower..<buffer.count]
      if let withoutThe = nameWithoutThe(buffer, from: lower) { ranges.append(withoutThe) }
      var seen = Set<Int>()
      var matches: [(entry: NameIndex.Entry, prior: Double)] = []
      for range in ranges {
        var key = WordHash()
        key.feed(buffer, range)
        for entry in entries(key.value, surface: buffer, range)
        where seen.insert(entry.record).inserted {
          matches.append((entry, prior(entry)))
        }
      }
      // Each prior is computed once, not in every comparison (the sort is stable).
      return matches.sorted { $0.prior > $1.prior }.map(\.entry)
    }
  }

  /// The entries of a key that the surface text may match (exact case for capitalised names).
  func entries(_ hash: UInt64, surface: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> [NameIndex.Entry]
  {
    // Sized before it is filled: grown entry by entry, the list was reallocated about twice a
    // look-up (dozens of Springfields), 19,024 times for 8,105 look-ups on 200 PolNeAR train
    // texts.
    var found: [NameIndex.Entry] = []
    found.reserveCapacity(index.count(hash))
    forEachEntry(hash, surface: surface, range) { found.append($0) }
    return found
  }

  /// Calls `body` with each entry of `entries(hash, surface:, range)`, in order, making no list.
  @inline(__always)
  func forEachEntry(
    _ hash: UInt64, surface: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
    _ body: (NameIndex.Entry) -> Void
  ) {
    index.forEach(hash) { entry in
      if entry.exactCase && !matchesCase(surface, range, nameOffset: entry.nameOffset) { return }
      body(entry)
    }
  }

  /// Whether the letters of the surface text have the same case as the name in the file.
  func matchesCase(_ surface: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, nameOffset: Int)
    -> Bool
  {
    var i = range.lowerBound
    var j = nameOffset
    func ends(_ b: UInt8) -> Bool { b == 0x09 || b == UInt8(ascii: "|") || b == 0x0A }
    // The data writes "the US" for the alias; the text may say "The US" or just "US".
    if file.stringByte(j) == UInt8(ascii: "t"), file.stringByte(j + 1) == UInt8(ascii: "h"),
      file.stringByte(j + 2) == UInt8(ascii: "e"), file.stringByte(j + 3) == 0x20,
      !ends(file.stringByte(j + 4))
    {
      j += 4
      if range.count > 4, surface[i] | 0x20 == UInt8(ascii: "t"), surface[i + 3] == 0x20 { i += 4 }
    }
    while i < range.upperBound {
      let a = surface[i]
      let b = file.stringByte(j)
      if ends(b) { return false }
      let aLetter = (a | 0x20) >= 0x61 && (a | 0x20) <= 0x7A
      let bLetter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
      if aLetter && bLetter && a != b { return false }
      i += 1
      j += 1
    }
    return ends(file.stringByte(j))
  }

  /// The entry with the highest prior, the first of equal ones (as `max(by:)` on priors), each
  /// prior computed once: compared pairwise, `max(by:)` took two logarithms a comparison.
  func likeliest(_ entries: [NameIndex.Entry]) -> NameIndex.Entry? {
    var best: NameIndex.Entry?
    var bestPrior = -Double.infinity
    for entry in entries {
      let p = prior(entry)
      if best == nil || p > bestPrior {
        best = entry
        bestPrior = p
      }
    }
    return best
  }

  /// How likely a candidate is before any context: kind, size, and whether the main name matched.
  func prior(_ entry: NameIndex.Entry) -> Double {
    var score = records.prior(entry.record)
    if entry.isAlternate { score -= PlacePrior.alternatePenalty }
    return score
  }

  /// The public value of a record.
  package func place(_ index: Int) -> GazetteerPlace {
    let r = records[index]
    return GazetteerPlace(
      geonameid: Int(r.geonameid), name: text(Int(r.nameStart), Int(r.nameLength)), kind: r.kind,
      country: AdminKey.string(r.country), admin1: text(Int(r.adminStart), Int(r.adminLength)),
      latitude: Double(r.latitude), longitude: Double(r.longitude), population: Int(r.population),
      isCapital: r.isCapital)
  }

  /// The main name of a record.
  func name(_ index: Int) -> String {
    text(Int(records[index].nameStart), Int(records[index].nameLength))
  }

  /// A name or code of the file, by its offset and length in the names section.
  func text(_ start: Int, _ length: Int) -> String {
    String(decoding: file.strings(start, length), as: UTF8.self)
  }

  /// The record of a country by ISO code.
  func country(_ code: UInt16) -> Int? { countries[code].map(Int.init) }

  /// The country with an ISO 3166-1 alpha-2 code (`GB`; `gb` as well), or nil for a code that
  /// names no country of the gazetteer.
  public func country(code: String) -> GazetteerPlace? {
    countryRecord(code: code).map(place)
  }

  /// The record of the country with an ISO code (see `country(code:)`), for the Lua bridge.
  package func countryRecord(code: String) -> Int? {
    let c = Array(code.utf8)
    guard c.count == 2, c.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else {
      return nil
    }
    // Clearing bit 5 makes an ASCII letter upper case: the data's codes are upper case.
    return country(AdminKey.country(c[0] & ~0x20, c[1] & ~0x20))
  }

  /// The record of the first-level division a record belongs to.
  func division(of record: PlaceRecord) -> Int? {
    record.admin == 0 ? nil : admins[record.admin].map(Int.init)
  }
}
