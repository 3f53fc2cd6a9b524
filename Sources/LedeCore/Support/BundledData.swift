import Foundation

/// Lede's bundled data files (name lists, lexicons, gazetteer), read only when first needed.
///
/// They live in one folder for every module; in the source tree it is `Sources/LedeAnalysis/Data`.
package enum BundledData {
  /// The data folder: `$LEDE_DATA_DIR`, the installed `share/lede/data`, or the source tree.
  package static let directory: String? = ResourceLocator.directory(
    installed: "data", environment: "LEDE_DATA_DIR", sourceTree: "Sources/LedeAnalysis/Data")

  /// What is wrong with the data folder itself, if anything: none found, or `LEDE_DATA_DIR`
  /// naming a folder that is not there.
  package static var folderProblem: String? {
    guard let directory else {
      return "Lede's data folder was not found (share/lede/data beside the installed binary, "
        + "or the source tree's Sources/LedeAnalysis/Data): reinstall Lede, or set LEDE_DATA_DIR "
        + "to a complete data folder"
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      return nil
    }
    let environment = ProcessInfo.processInfo.environment["LEDE_DATA_DIR"]
    let origin = environment == directory ? " (LEDE_DATA_DIR)" : ""
    let what =
      FileManager.default.fileExists(atPath: directory) ? "is not a folder" : "does not exist"
    return "Lede's data folder '\(directory)'\(origin) \(what): set "
      + "LEDE_DATA_DIR to a complete data folder (share/lede/data), or unset it to use the "
      + "installed one"
  }

  /// The full path of a data file, by its path inside the data folder; it may not exist.
  package static func path(_ file: String) throws(DataFileError) -> String {
    guard let directory else { throw DataFileError.missing(file) }
    return (directory as NSString).appendingPathComponent(file)
  }

  /// The bytes of a data file, by its path inside the data folder (`vader/vader_lexicon.tsv`):
  /// the one way every analysis reads its data. A file that is not there, cannot be read or is
  /// empty throws the `DataFileError` that names it.
  package static func bytes(_ file: String) throws(DataFileError) -> [UInt8] {
    guard let directory else { throw DataFileError.missing(file) }
    let path = (directory as NSString).appendingPathComponent(file)
    // Read straight into the array: through `Data` the gazetteer's megabytes were copied twice.
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw DataFileError.missing(file) }
    defer { close(fd) }
    var status = stat()
    guard fstat(fd, &status) == 0 else { throw DataFileError.missing(file) }
    let size = Int(status.st_size)
    // Every bundled file holds something: an empty one was truncated, and would otherwise
    // read as an empty list.
    guard size > 0 else { throw DataFileError.corrupt(file, "empty, 0 bytes") }
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
    guard !failed else { throw DataFileError.missing(file) }
    return bytes
  }

  /// The rows of a bundled word list (`names/org_words.txt`) as strings, read with
  /// `TSVReader.rows`.
  package static func listRows(_ file: String) throws(DataFileError) -> [[String]] {
    TSVReader.rows(try bytes(file))
  }
}
