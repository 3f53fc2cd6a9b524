import LedeAnalysis
import LedeCore

/// Raises, as a Lua error, the data error of an analysis whose bundled files are missing or
/// corrupt: every host function that runs an analysis calls this first (`AnalysisData`). The
/// message stands alone, like `error(message, 0)`: the fault is the installation's, not the
/// calling line's, so the command line prints it as one line.
func requireData(_ analysis: AnalysisData.Analysis) throws(HostError) {
  do throws(DataFileError) {
    try AnalysisData.require(analysis)
  } catch {
    throw .plain(error.description)
  }
}
