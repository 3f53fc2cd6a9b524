/// Reads the gazetteer files in one pass over their bytes (format in `Data/gazetteer/README.md`).
///
/// Every name is hashed into `NameIndex` as it is met; only numbers are parsed. Malformed lines
/// (wrong field count, unknown kind, bad numbers) are skipped rather than failing the load.
struct GazetteerLoader {
  let bytes: [UInt8]
  var records: [PlaceRecord] = []
  var index: NameIndex
  var admins: [UInt64: Int32] = [:]
  /// Second-level divisions by their `admin2` key.
  var admins2: [UInt64: Int32] = [:]
  var countries: [UInt16: Int32] = [:]
  var demonyms: [UInt64: [UInt16]] = [:]
  var metonyms: [UInt64: Gazetteer.Metonym] = [:]

  init(bytes: [UInt8]) {
    self.bytes = bytes
    let (lines, pipes) = bytes.withUnsafeBufferPointer { buffer -> (Int, Int) in
      var lines = 0
      var pipes = 0
      for b in buffer {
        lines &+= b == 0x0A ? 1 : 0
        pipes &+= b == UInt8(ascii: "|") ? 1 : 0
      }
      return (lines, pipes)
    }
    index = NameIndex(capacityFor: 2 * (lines + 1) + pipes)
    records.reserveCapacity(lines + 1)
  }

  mutating func readPlaces() {
    var records = self.records
    var names: [NameIndex.Slot] = []
    names.reserveCapacity(index.capacityHint)
    var admins: [UInt64: Int32] = [:]
    var admins2: [UInt64: Int32] = [:]
    var countries: [UInt16: Int32] = [:]
    Self.forEachLine(bytes, fields: 10) { buffer, f in
      guard let kind = PlaceKind(bytes: buffer, f[1]),
        let id = Self.integer(buffer, f[0]), let lat = Self.decimal(buffer, f[5]),
        let lon = Self.decimal(buffer, f[6]), let population = Self.integer(buffer, f[7]),
        !f[2].isEmpty, f[2].count < Int(UInt16.max), f[4].count < 256
      else { return }
      var r = PlaceRecord()
      r.geonameid = Int32(truncatingIfNeeded: id)
      r.kind = kind
      if f[3].count == 2 {
        r.country = AdminKey.country(buffer[f[3].lowerBound], buffer[f[3].lowerBound + 1])
      }
      r.admin = AdminKey.make(country: r.country, admin1: buffer, f[4])
      if !f[9].isEmpty {
        // The admin2 number is unique within its first-level division: hash it after it.
        r.admin2 = AdminKey.make(
          country: r.country, admin1: buffer, f[4].lowerBound..<f[9].upperBound)
      }
      r.nameStart = UInt32(f[2].lowerBound)
      r.nameLength = UInt16(f[2].count)
      r.adminStart = UInt32(f[4].lowerBound)
      r.adminLength = UInt8(f[4].count)
      r.latitude = Float(lat)
      r.longitude = Float(lon)
      r.population = UInt32(clamping: population)
      r.weight = r.population
      let number = records.count
      records.append(r)
      if kind == .admin && r.admin2 != 0 {
        admins2[r.admin2] = Int32(number)
      } else if kind == .admin && r.admin != 0 {
        admins[r.admin] = Int32(number)
      }
      if kind == .country && r.country != 0 { countries[r.country] = Int32(number) }
      Self.add(buffer, f[2], record: number, alternate: false, to: &names)
      var start = f[8].lowerBound
      for i in f[8].lowerBound...f[8].upperBound
      where i == f[8].upperBound || buffer[i] == UInt8(ascii: "|") {
        if i > start { Self.add(buffer, start..<i, record: number, alternate: true, to: &names) }
        start = i + 1
      }
    }
    self.records = records
    index.insertAll(names)
    self.admins = admins
    self.admins2 = admins2
    self.countries = countries
  }

  /// Hashes one name for the index.
  static func add(
    _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, record: Int, alternate: Bool,
    to names: inout [NameIndex.Slot]
  ) {
    var key = NameKey()
    key.feed(buffer, range)
    guard !key.isEmpty else { return }
    names.append(
      NameIndex.slot(
        key.value, record: record, nameOffset: range.lowerBound, alternate: alternate,
        exactCase: isCapitalised(buffer, range)))
  }

  /// Whether a name is written in capitals (`US`, `U.K.`, `the UK`): two or more capital letters
  /// and no lower-case letter after an optional leading "the ".
  static func isCapitalised(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var i = range.lowerBound
    if range.count > 4, buffer[i] == UInt8(ascii: "t"), buffer[i + 1] == UInt8(ascii: "h"),
      buffer[i + 2] == UInt8(ascii: "e"), buffer[i + 3] == 0x20
    {
      i += 4
    }
    var capitals = 0
    while i < range.upperBound {
      let b = buffer[i]
      if b >= 0x61 && b <= 0x7A || b >= 0x80 { return false }
      if b >= 0x41 && b <= 0x5A { capitals += 1 }
      i += 1
    }
    return capitals >= 2
  }

  /// `phrase, ISO2, geonameid, note`: capitals get their record flagged; every phrase is kept.
  mutating func readMetonyms(_ data: [UInt8]) {
    var byID: [Int32: Int32] = [:]
    var wanted = Set<Int32>()
    var rows: [(UInt64, UInt16, Int32, Bool, Bool, Bool)] = []
    Self.forEachLine(data, fields: 4) { buffer, f in
      guard f[1].count == 2, let id = Self.integer(buffer, f[2]) else { return }
      var key = NameKey()
      key.feed(buffer, f[0])
      let note = String(decoding: UnsafeBufferPointer(rebasing: buffer[f[3]]), as: UTF8.self)
      let capital = note.hasPrefix("capital")
      let needsContext = note.contains("common word")
      let landmark = note.hasPrefix("landmark")
      let country = AdminKey.country(buffer[f[1].lowerBound], buffer[f[1].lowerBound + 1])
      rows.append(
        (key.value, country, Int32(truncatingIfNeeded: id), capital, needsContext, landmark))
      wanted.insert(Int32(truncatingIfNeeded: id))
    }
    for (i, r) in records.enumerated() where wanted.contains(r.geonameid) {
      byID[r.geonameid] = Int32(i)
    }
    for (key, country, id, capital, needsContext, landmark) in rows {
      let record = byID[id] ?? -1
      metonyms[key] = Gazetteer.Metonym(
        country: country, record: record, isCapital: capital, needsContext: needsContext,
        isLandmark: landmark)
      guard record >= 0 else { continue }
      if capital {
        records[Int(record)].flags |=
          needsContext ? PlaceRecord.ambiguousCapital : PlaceRecord.capital
      } else {
        records[Int(record)].flags |= PlaceRecord.seat
      }
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

  /// Gives each first-level division the summed population of its listed cities as a weight.
  mutating func estimateDivisionWeights() {
    var sums: [UInt64: UInt64] = [:]
    var sums2: [UInt64: UInt64] = [:]
    for r in records where r.kind == .city && r.admin != 0 {
      sums[r.admin, default: 0] += UInt64(r.population)
      if r.admin2 != 0 { sums2[r.admin2, default: 0] += UInt64(r.population) }
    }
    for (key, i) in admins { records[Int(i)].weight = UInt32(clamping: sums[key] ?? 0) }
    for (key, i) in admins2 { records[Int(i)].weight = UInt32(clamping: sums2[key] ?? 0) }
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

  /// A decimal such as `-37.7808` (the data has at most four decimals).
  static func decimal(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
    var i = range.lowerBound
    var negative = false
    if i < range.upperBound && buffer[i] == UInt8(ascii: "-") {
      negative = true
      i += 1
    }
    guard i < range.upperBound else { return nil }
    var mantissa = 0
    var scale = 1.0
    var seenPoint = false
    var digits = 0
    while i < range.upperBound {
      let b = buffer[i]
      if b == UInt8(ascii: ".") && !seenPoint {
        seenPoint = true
      } else if b >= 0x30 && b <= 0x39 && digits < 17 {
        mantissa = mantissa * 10 + Int(b - 0x30)
        digits += 1
        if seenPoint { scale *= 10 }
      } else {
        return nil
      }
      i += 1
    }
    guard digits > 0 else { return nil }
    let value = Double(mantissa) / scale
    return negative ? -value : value
  }
}
