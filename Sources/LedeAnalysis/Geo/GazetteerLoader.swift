import LedeCore

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
    TSVReader.forEachRow(data, comments: true) { row in
      guard row.count == 4, row.fields[1].count == 2, let id = row.integer(2) else { return }
      var key = WordHash()
      key.feed(row.buffer, row.fields[0])
      let note = row.string(3)
      let geonameid = Int32(truncatingIfNeeded: id)
      let record =
        found[geonameid]
        ?? (id == 0 ? -1 : records.record(geonameid: geonameid).map { Int32($0) } ?? -1)
      found[geonameid] = record
      let code = row.bytes(1)
      metonyms[key.value] = Gazetteer.Metonym(
        country: AdminKey.country(code[0], code[1]),
        record: record, isCapital: note.hasPrefix("capital"),
        needsContext: note.contains("common word"), isLandmark: note.hasPrefix("landmark"))
    }
  }

  /// `demonym, ISO2`, likelier country first.
  mutating func readDemonyms(_ data: [UInt8]) {
    var result: [UInt64: [UInt16]] = [:]
    TSVReader.forEachRow(data, comments: true) { row in
      guard row.count == 2, row.fields[1].count == 2 else { return }
      var key = WordHash()
      key.feed(row.buffer, row.fields[0])
      let code = row.bytes(1)
      result[key.value, default: []].append(AdminKey.country(code[0], code[1]))
    }
    demonyms = result
  }
}
