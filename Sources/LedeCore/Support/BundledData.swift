import Foundation

/// Lede's bundled data files (name lists, lexicons, gazetteer), read only when first needed.
///
/// They live in one folder for every module; in the source tree it is `Sources/LedeAnalysis/Data`.
package enum BundledData {
  /// The data folder: `$LEDE_DATA_DIR`, the installed `share/lede/data`, or the source tree.
  package static let directory: String? = ResourceLocator.directory(
    installed: "data", environment: "LEDE_DATA_DIR", sourceTree: "Sources/LedeAnalysis/Data")

  /// Why a data file could not be read.
  package struct MissingData: Error, CustomStringConvertible {
    package var file: String
    package var description: String {
      "data file '\(file)' not found; set LEDE_DATA_DIR to Lede's data folder (share/lede/data)"
    }
  }

  /// The full path of a data file, by its path inside the data folder; it may not exist.
  package static func path(_ file: String) throws(MissingData) -> String {
    guard let directory else { throw MissingData(file: file) }
    return (directory as NSString).appendingPathComponent(file)
  }

  /// Why a data file could not be read, for callers that open it themselves.
  package static func missing(_ file: String) -> MissingData { MissingData(file: file) }

  /// The bytes of a data file, by its path inside the data folder (`vader/vader_lexicon.tsv`).
  package static func bytes(_ file: String) throws(MissingData) -> [UInt8] {
    guard let directory else { throw MissingData(file: file) }
    let path = (directory as NSString).appendingPathComponent(file)
    // Read straight into the array: through `Data` the gazetteer's megabytes were copied twice.
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw MissingData(file: file) }
    defer { close(fd) }
    var status = stat()
    guard fstat(fd, &status) == 0 else { throw MissingData(file: file) }
    let size = Int(status.st_size)
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      var done = 0
      guard let base = buffer.baseAddress else { return }
      while done < size {
        let n = read(fd, base + done, size - done)
        if n <= 0 {
          failed = n < 0
          break
        }
        done += n
      }
      count = done
    }
    guard !failed else { throw MissingData(file: file) }
    return bytes
  }

  /// The rows of a bundled word list (`names/org_words.txt`) as strings, read with
  /// `TSVReader.rows`; none when the file is missing, so that Lede still runs (with weaker
  /// recognition) from a binary without its data folder.
  package static func listRows(_ file: String) -> [[String]] {
    guard let bytes = try? bytes(file) else { return [] }
    return TSVReader.rows(bytes)
  }
}
