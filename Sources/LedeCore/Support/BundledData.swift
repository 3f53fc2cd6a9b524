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

  /// The bytes of a data file, by its path inside the data folder (`vader/vader_lexicon.tsv`).
  package static func bytes(_ file: String) throws(MissingData) -> [UInt8] {
    guard let directory,
      let data = FileManager.default.contents(
        atPath: (directory as NSString).appendingPathComponent(file))
    else { throw MissingData(file: file) }
    return [UInt8](data)
  }
}
