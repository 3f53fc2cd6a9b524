/// A bundled data file (a name list, a lexicon, the gazetteer, a model) is missing or corrupt:
/// the one error every analysis raises for its data, naming the file and what to do.
public struct DataFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong with the file.
  public enum Problem: Sendable, Equatable {
    /// Not there, or not readable.
    case missing
    /// There, but not in the format Lede reads.
    case corrupt
  }

  /// The file, by its path inside the data folder (`gazetteer/places.bin`).
  public var file: String
  public var problem: Problem
  /// The 1-based line, when the fault is on one line.
  public var line: Int?
  /// What was found, for a corrupt file (`expected pattern, stance, intensity, frame`).
  public var reason: String

  /// An error from its parts.
  public init(file: String, problem: Problem, line: Int? = nil, reason: String = "") {
    self.file = file
    self.problem = problem
    self.line = line
    self.reason = reason
  }

  /// The file is missing or unreadable.
  public static func missing(_ file: String) -> DataFileError {
    DataFileError(file: file, problem: .missing)
  }

  /// The file is there but cannot be read as Lede's format.
  public static func corrupt(_ file: String, line: Int? = nil, _ reason: String) -> DataFileError {
    DataFileError(file: file, problem: .corrupt, line: line, reason: reason)
  }

  /// Whether `message` is a data error's description: it is the installation's fault, so the
  /// article or phase a script was in when it was raised adds nothing to it.
  public static func describes(_ message: String) -> Bool {
    message.hasPrefix("Lede's data file '") || message.hasPrefix("Lede's data folder")
  }

  public var description: String {
    // A folder that is not there makes every file missing: naming the first file would send
    // the user looking for one file when the whole folder (often a mistyped LEDE_DATA_DIR) is.
    if problem == .missing, let reason = BundledData.folderProblem {
      return reason
    }
    let folder = BundledData.directory.map { " in \($0)" } ?? ""
    switch problem {
    case .missing:
      return "Lede's data file '\(file)' is missing\(folder): reinstall Lede, or set "
        + "LEDE_DATA_DIR to a complete data folder (share/lede/data)"
    case .corrupt:
      let at = line.map { " at line \($0)" } ?? ""
      return "Lede's data file '\(file)'\(folder) is corrupt\(at) (\(reason)): restore it from "
        + "Lede's sources or reinstall Lede"
    }
  }
}
