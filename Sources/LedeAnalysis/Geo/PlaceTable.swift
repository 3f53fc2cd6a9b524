/// The records of `places.bin`, read in place: `table[i]` decodes one fixed-size record.
///
/// Record layout (40 bytes, little-endian; see `Data/gazetteer/README.md`): geonameid (Int32),
/// kind, flags, country (UInt16), name and admin1 offsets into the names (UInt32 each),
/// latitude and longitude (Float32), population and weight (UInt32), name length (UInt16),
/// admin1 length (UInt8), a pad byte, and the admin2 number plus one (UInt16, 0 for none).
struct PlaceTable: Sendable {
  let file: GazetteerFile

  var count: Int { file.recordCount }
  var indices: Range<Int> { 0..<count }

  subscript(_ i: Int) -> PlaceRecord {
    let at = file.recordsAt + GazetteerFile.recordSize * i
    var r = PlaceRecord()
    r.geonameid = file.load(at, as: Int32.self)
    r.kind = PlaceKind(rawValue: file.load(at + 4, as: UInt8.self)) ?? .city
    r.flags = file.load(at + 5, as: UInt8.self)
    r.country = file.load(at + 6, as: UInt16.self)
    r.nameStart = file.load(at + 8, as: UInt32.self)
    r.adminStart = file.load(at + 12, as: UInt32.self)
    r.latitude = Float(bitPattern: file.load(at + 16, as: UInt32.self))
    r.longitude = Float(bitPattern: file.load(at + 20, as: UInt32.self))
    r.population = file.load(at + 24, as: UInt32.self)
    r.weight = file.load(at + 28, as: UInt32.self)
    r.nameLength = file.load(at + 32, as: UInt16.self)
    r.adminLength = file.load(at + 34, as: UInt8.self)
    let admin = file.strings(Int(r.adminStart), Int(r.adminLength))
    r.admin = AdminKey.make(country: r.country, admin1: admin)
    let admin2 = file.load(at + 36, as: UInt16.self)
    if admin2 != 0 && r.admin != 0 {
      r.admin2 = AdminKey.make(division: r.admin, admin2: admin2)
    }
    return r
  }

  /// `PlacePrior.score(self[i])` from the record's kind, weight and flags alone: a prior is
  /// asked of every candidate of every name, and decoding the whole record hashes its division.
  func prior(_ i: Int) -> Double {
    let at = file.recordsAt + GazetteerFile.recordSize * i
    return PlacePrior.score(
      kind: PlaceKind(rawValue: file.load(at + 4, as: UInt8.self)) ?? .city,
      weight: file.load(at + 28, as: UInt32.self),
      isCapital: file.load(at + 5, as: UInt8.self) & PlaceRecord.capital != 0)
  }

  /// The record of a geonameid: from the file's table of metonym seats (a few hundred, sorted by
  /// id), else by halving each kind's run of records (sorted by kind, continent, region, country,
  /// admin, city, then id), which pages in much of the table.
  func record(geonameid id: Int32) -> Int? {
    var lower = 0
    var upper = file.seatCount
    while lower < upper {
      let middle = (lower + upper) / 2
      if file.load(file.seatsAt + 8 * middle, as: Int32.self) < id {
        lower = middle + 1
      } else {
        upper = middle
      }
    }
    if lower < file.seatCount, file.load(file.seatsAt + 8 * lower, as: Int32.self) == id {
      let record = Int(file.load(file.seatsAt + 8 * lower + 4, as: UInt32.self))
      if record < count { return record }
    }
    for kind in Self.fileOrder {
      var lower = 0
      var upper = count
      while lower < upper {
        let middle = (lower + upper) / 2
        let r = self[middle]
        let rank = Self.rank(r.kind)
        if (rank, r.geonameid) < (Self.rank(kind), id) {
          lower = middle + 1
        } else {
          upper = middle
        }
      }
      if lower < count, self[lower].kind == kind, self[lower].geonameid == id { return lower }
    }
    return nil
  }

  static let fileOrder: [PlaceKind] = [.continent, .region, .country, .admin, .city]

  static func rank(_ kind: PlaceKind) -> Int { fileOrder.firstIndex(of: kind) ?? 0 }
}
