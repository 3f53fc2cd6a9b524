import ArgumentParser
import LedeAnalysis
import LedeCore

/// The command line's side of the one policy for bundled data (`AnalysisData`): before a
/// command reads text or runs an analysis, a missing or corrupt data file it needs stops it
/// with the file's one-line message and status 70, as the same fault raised in Lua does.
enum DataCheck {
  static func require(_ analyses: AnalysisData.Analysis...) throws {
    do throws(DataFileError) {
      for analysis in analyses { try AnalysisData.require(analysis) }
    } catch {
      Diagnostics.error(error.description)
      throw ExitCode(ExitCodes.software)
    }
  }
}
