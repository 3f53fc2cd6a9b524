/// Reads what the gazetteer needs beside `places.bin`'s records and names: the divisions and
/// countries by code (from the non-city records at the head of the file), and the demonym and
/// metonym lists (format in `Data/gazetteer/README.md`).
struct GazetteerLoader {
  let records: PlaceTable
  /// First-level divisions by `AdminKey`.
  var admins: [UInt64: Int32] = [:]
  var countries: [UInt16: Int32] = [:]
  var demonyms: [UInt64: [UInt16]] = [:]
  var metonyms: [UInt64: Gazetteer.Metonym] = [:]

  init(records: PlaceTable) { self.records = records }

  /// Indexes countries and first-level divisions. They precede the towns in the file (sorted by
  /// kind), so the 147,000 town records are never touched.
  mutating func readDivisions() {
    for i in records.indices {
      let r = records[i]
      if r.kind == .city { break }
      if r.kind == .admin && r.admin2 == 0 && r.admin != 0 { admins[r.admin] = Int32(i) }
      if r.kind == .country && r.country != 0 { countries[r.country] = Int32(i) }
    }
  }

  /// `phrase, ISO2, geonameid, note`: every phrase with its seat's record (the flags of capitals
  /// and seats are in the records already).
  mutating func readMetonyms(_ data: [UInt8]) {
    var found: [Int32: Int32] = [:]
    Self.forEachLine(data, fields: 4) { buffer, f in
      guard f[1].count == 2, let id = Self.integer(buffer, f[2]) else { return }
      var key = NameKey()
      key.feed(buffer, f[0])
      let note = String(decoding: UnsafeBufferPointer(rebasing: buffer[f[3]]), as: UTF8.self)
      let geonameid = Int32(truncatingIfNeeded: id)
      let record =
        found[geonameid]
        ?? (id == 0 ? -1 : records.record(geonameid: geonameid).map { Int32($0) } ?? -1)
      found[geonameid] = record
      metonyms[key.value] = Gazetteer.Metonym(
        country: AdminKey.country(buffer[f[1].lowerBound], buffer[f[1].lowerBound + 1]),
        record: record, isCapital: note.hasPrefix("capital"),
        needsContext: note.contains("common word"), isLandmark: note.hasPrefix("landmark"))
    }
  }

  /// `demonym, ISO2`, likelier country first.
  mutating func readDemonyms(_ data: [UInt8]) {
    var result: [UInt64: [UInt16]] = [:]
    Self.forEachLine(data, fields: 2) { buffer, f in
      guard f[1].count == 2 else { return }
      var key = NameKey()
      key.feed(buffer, f[0])
      result[key.value, default: []].append(
        AdminKey.country(buffer[f[1].lowerBound], buffer[f[1].lowerBound + 1]))
    }
    demonyms = result
  }

  /// Calls `body` with the field ranges of every line that has exactly `fields` fields.
  static func forEachLine(
    _ data: [UInt8], fields: Int, _ body: (UnsafeBufferPointer<UInt8>, [Range<Int>]) -> Void
  ) {
    data.withUnsafeBufferPointer { buffer in
      var ranges: [Range<Int>] = []
      ranges.reserveCapacity(fields)
      var start = 0
      let count = buffer.count
      while start < count {
        var end = start
        while end < count && buffer[end] != 0x0A { end += 1 }
        var lineEnd = end
        if lineEnd > start && buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        ranges.removeAll(keepingCapacity: true)
        var fieldStart = start
        var i = start
        while i < lineEnd {
          if buffer[i] == 0x09 {
            ranges.append(fieldStart..<i)
            fieldStart = i + 1
          }
          i += 1
        }
        ranges.append(fieldStart..<lineEnd)
        if ranges.count == fields && lineEnd > start { body(buffer, ranges) }
        start = end + 1
      }
    }
  }

  /// Calls `body` with the tab-separated fields of every non-empty line.
  static func forEachRow(
    _ data: [UInt8], _ body: (UnsafeBufferPointer<UInt8>, [Range<Int>]) -> Void
  ) {
    data.withUnsafeBufferPointer { buffer in
      var ranges: [Range<Int>] = []
      var start = 0
      while start < buffer.count {
        var end = start
        while end < buffer.count && buffer[end] != 0x0A { end += 1 }
        var lineEnd = end
        if lineEnd > start && buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        if lineEnd > start {
          ranges.removeAll(keepingCapacity: true)
          var fieldStart = start
          for i in start..<lineEnd where buffer[i] == 0x09 {
            ranges.append(fieldStart..<i)
            fieldStart = i + 1
          }
          ranges.append(fieldStart..<lineEnd)
          body(buffer, ranges)
        }
        start = end + 1
      }
    }
  }

  static func integer(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    guard !range.isEmpty, range.count < 19 else { return nil }
    var value = 0
    for i in range {
      let digit = Int(buffer[i]) - 0x30
      guard digit >= 0 && digit <= 9 else { return nil }
      value = value * 10 + digit
    }
    return value
  }
}
