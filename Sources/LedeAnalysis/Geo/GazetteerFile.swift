import Foundation
import LedeCore

/// The bytes of `places.bin`, mapped read-only, and where its sections start.
///
/// The file is laid out by `build_gazetteer.py` for reading in place (layout in
/// `Data/gazetteer/README.md`): fixed-size records, a name index already hashed and bucketed,
/// then the names. Opening it maps the file and checks the header; pages are read by the system
/// only when a look-up touches them, so the first look-up costs a few page faults and nothing is
/// parsed or copied into Swift values until a name matches.
final class GazetteerFile: @unchecked Sendable {
  // @unchecked: `base` points at memory nobody writes after `init` (a private read-only
  // mapping, or a buffer this object owns), so reading it from several threads is safe.
  let base: UnsafeRawPointer
  let size: Int
  private let mapped: Bool

  let recordCount: Int
  let entryCount: Int
  let bucketMask: Int
  let recordsAt: Int
  let bucketsAt: Int
  let entriesAt: Int
  let stringsAt: Int
  let stringsCount: Int
  let seatsAt: Int
  let seatCount: Int

  static let magic = Array("LEDEGAZ1".utf8)
  static let headerSize = 64
  static let recordSize = 40
  static let entrySize = 16
  static let byteOrderMark: UInt32 = 0x0102_0304

  /// Maps a data file (by its path inside the data folder, `gazetteer/places.bin`).
  convenience init(bundled file: String) throws(DataFileError) {
    let fd = try open(BundledData.path(file), O_RDONLY)
    guard fd >= 0 else { throw DataFileError.missing(file) }
    defer { close(fd) }
    var status = stat()
    guard fstat(fd, &status) == 0 else { throw DataFileError.missing(file) }
    let size = Int(status.st_size)
    guard size >= Self.headerSize,
      let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED
    else {
      // Too short to hold a header, or not mappable: read it and let the header check speak.
      try self.init(bytes: BundledData.bytes(file), name: file)
      return
    }
    let base = UnsafeRawPointer(address)
    do {
      let header = try Self.header(base, size: size, name: file)
      self.init(base: base, size: size, mapped: true, header: header)
    } catch {
      Self.release(base, size: size, mapped: true)
      throw error
    }
  }

  /// A gazetteer from bytes in memory (tests, and files that cannot be mapped).
  convenience init(bytes: [UInt8], name: String) throws(DataFileError) {
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
    bytes.withUnsafeBytes { source in
      if let from = source.baseAddress { buffer.copyMemory(from: from, byteCount: source.count) }
    }
    let base = UnsafeRawPointer(buffer)
    do {
      let header = try Self.header(base, size: bytes.count, name: name)
      self.init(base: base, size: bytes.count, mapped: false, header: header)
    } catch {
      Self.release(base, size: bytes.count, mapped: false)
      throw error
    }
  }

  /// An empty gazetteer (the data is missing).
  convenience init() {
    self.init(
      base: UnsafeRawPointer(UnsafeMutableRawPointer.allocate(byteCount: 8, alignment: 8)),
      size: 0,
      mapped: false, header: Array(repeating: 0, count: 12))
  }

  private init(base: UnsafeRawPointer, size: Int, mapped: Bool, header h: [Int]) {
    self.base = base
    self.size = size
    self.mapped = mapped
    (recordCount, entryCount, stringsCount) = (h[0], h[1], h[3])
    bucketMask = h[2] > 0 ? (1 << h[2]) - 1 : 0
    (recordsAt, bucketsAt, entriesAt, stringsAt) = (h[4], h[5], h[6], h[7])
    (seatsAt, seatCount) = (h[10], h[11])
  }

  /// The twelve numbers of the header after checking that the sections they give fit the file.
  private static func header(_ base: UnsafeRawPointer, size: Int, name: String)
    throws(DataFileError)
    -> [Int]
  {
    guard size >= headerSize, UnsafeRawBufferPointer(start: base, count: 8).elementsEqual(magic)
    else { throw DataFileError.corrupt(name, "no LEDEGAZ1 header") }
    let h = (0..<12).map { Int(base.loadUnaligned(fromByteOffset: 8 + 4 * $0, as: UInt32.self)) }
    let (records, entries, bits, strings) = (h[0], h[1], h[2], h[3])
    let (recordsAt, bucketsAt, entriesAt, stringsAt) = (h[4], h[5], h[6], h[7])
    if h[9] != Int(byteOrderMark) {
      throw DataFileError.corrupt(name, "written for another byte order")
    }
    if h[8] != size {
      throw DataFileError.corrupt(
        name, "\(size) bytes where the header says \(h[8]): truncated or altered")
    }
    guard bits >= 1, bits <= 30, recordsAt >= headerSize,
      bucketsAt >= recordsAt + records * recordSize,
      entriesAt >= bucketsAt + 4 * ((1 << bits) + 1),
      h[10] >= entriesAt + entries * entrySize, stringsAt >= h[10] + 8 * h[11],
      stringsAt + strings <= size
    else { throw DataFileError.corrupt(name, "sections out of bounds") }
    return h
  }

  deinit { Self.release(base, size: size, mapped: mapped) }

  private static func release(_ base: UnsafeRawPointer, size: Int, mapped: Bool) {
    if mapped {
      munmap(UnsafeMutableRawPointer(mutating: base), size)
    } else {
      UnsafeMutableRawPointer(mutating: base).deallocate()
    }
  }

  @inline(__always) func load<T: FixedWidthInteger>(_ offset: Int, as type: T.Type) -> T {
    base.loadUnaligned(fromByteOffset: offset, as: T.self)
  }

  /// The byte at an offset into the names, or a newline past their end.
  @inline(__always) func stringByte(_ offset: Int) -> UInt8 {
    offset >= 0 && offset < stringsCount ? load(stringsAt + offset, as: UInt8.self) : 0x0A
  }

  /// The names section as bytes from an offset, clamped to the section.
  func strings(_ start: Int, _ length: Int) -> UnsafeRawBufferPointer {
    let lower = min(max(start, 0), stringsCount)
    let upper = min(lower + max(length, 0), stringsCount)
    return UnsafeRawBufferPointer(start: base + stringsAt + lower, count: upper - lower)
  }
}
