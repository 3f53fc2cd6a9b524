import Dispatch
import Foundation
import LedeAnalysis
import LedeCore

/// The first gazetteer look-up of a process (the gazetteer loads on first use), its time and the
/// resident memory it adds; run it in a fresh process for a cold figure.
func benchFirstLookup() {
  let before = Bench.residentBytes()
  let start = DispatchTime.now()
  let found = Gazetteer.shared.lookup("Springfield")
  let first = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
  let after = Bench.residentBytes()
  let next = DispatchTime.now()
  let again = Gazetteer.shared.lookup("Zaporizhzhia")
  let second = Double(DispatchTime.now().uptimeNanoseconds - next.uptimeNanoseconds) / 1e6
  print(
    String(
      format:
        "gazetteer: first look-up %.2f ms (%d candidates), next %.3f ms (%d); resident +%.1f MB "
        + "(%.1f MB in all, peak %.1f MB)",
      first, found.count, second, again.count, Double(after - before) / 1e6, Double(after) / 1e6,
      Double(Bench.peakResidentBytes()) / 1e6))
  if let error = Gazetteer.shared.loadError { print("gazetteer not loaded: \(error)") }
}

/// Geoparsing throughput on one core, and the gazetteer's first-use load time.
///
/// The articles' tokens are not needed (the geoparser scans bytes itself), so the figure is the
/// geoparser's own cost: recognition, resolution, roles and focus.
func benchGeo(articles: [Article]) {
  let loadStart = DispatchTime.now()
  let gazetteer = Gazetteer.shared
  let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart.uptimeNanoseconds) / 1e9
  if let error = gazetteer.loadError {
    print("geo: gazetteer not loaded: \(error)")
    return
  }
  print(
    String(
      format: "geo: gazetteer %d places, loaded in %.1f ms (indexing %.1f ms)", gazetteer.count,
      loadSeconds * 1000, gazetteer.loadSeconds * 1000))
  let lexiconStart = DispatchTime.now()
  _ = Geoparser.places(in: "Warm-up in Paris, Texas.")
  let warmUp = Double(DispatchTime.now().uptimeNanoseconds - lexiconStart.uptimeNanoseconds) / 1e9
  var bytes = 0
  var places = 0
  var focused = 0
  let start = DispatchTime.now()
  for article in articles {
    bytes += article.text.utf8.count
    let found = Geoparser.places(in: article)
    places += found.count
    if Geoparser.focus(of: found).country != nil { focused += 1 }
  }
  let seconds = max(
    1e-9, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
  print(
    String(
      format:
        "geo (one core): %.1f MB/s, %.0f articles/s, %d places, %d articles with a focus country, %.2f s "
        + "(first call with word lists %.1f ms)",
      Double(bytes) / 1e6 / seconds, Double(articles.count) / seconds, places, focused, seconds,
      warmUp * 1000))
}
