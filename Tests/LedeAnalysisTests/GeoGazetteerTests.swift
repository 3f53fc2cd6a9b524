import Foundation
import LedeCore
import Testing

@testable import LedeAnalysis

/// The gazetteer: loading the bundled data, lookup order, folding, and the file's checks.
@Suite struct GeoGazetteerTests {
  let gazetteer = Gazetteer.shared

  @Test func bundledDataLoads() {
    #expect(gazetteer.loadError == nil)
    #expect(gazetteer.count > 30_000)
  }

  @Test func lookupPutsTheLikeliestPlaceFirst() throws {
    let moscow = try #require(gazetteer.lookup("Moscow").first)
    #expect(
      moscow.geonameid == 524901 && moscow.country == "RU" && moscow.kind == .city
        && moscow.isCapital)
    let paris = gazetteer.lookup("Paris")
    #expect(paris.first?.country == "FR")
    #expect(paris.contains { $0.country == "US" && $0.admin1 == "TX" })
    let georgia = gazetteer.lookup("Georgia")
    #expect(georgia.first?.kind == .country && georgia.first?.country == "GE")
    #expect(georgia.contains { $0.kind == .admin && $0.country == "US" && $0.admin1 == "GA" })
  }

  @Test func lookupFoldsCaseAndAccents() {
    for name in ["Zaporizhzhia", "ZAPORIZHZHIA", "zaporizhzhia", "Zapórizhzhia"] {
      #expect(gazetteer.lookup(name).first?.country == "UA", "\(name)")
    }
    #expect(
      gazetteer.lookup("São Paulo").first?.geonameid
        == gazetteer.lookup("Sao Paulo").first?.geonameid)
    #expect(
      gazetteer.lookup("Saint-Denis").first?.geonameid
        == gazetteer.lookup("Saint Denis").first?.geonameid)
  }

  @Test func capitalisedAliasesMatchOnlyInCapitals() {
    #expect(gazetteer.lookup("US").first?.name == "United States")
    #expect(gazetteer.lookup("the UK").first?.name == "United Kingdom")
    #expect(!gazetteer.lookup("us").contains { $0.name == "United States" })
  }

  @Test func leadingTheIsOptional() {
    #expect(gazetteer.lookup("the Gulf").first?.name == "Persian Gulf")
    #expect(gazetteer.lookup("The Hague").first?.country == "NL")
    #expect(gazetteer.lookup("the Middle East").first?.kind == .region)
    #expect(gazetteer.lookup("Nowhereville Upon Nothing").isEmpty)
  }

  @Test func countryByCodeIsTheCountryLookupGives() {
    #expect(gazetteer.country(code: "GB") == gazetteer.lookup("United Kingdom").first)
    #expect(gazetteer.country(code: "ca")?.name == "Canada")
    #expect(gazetteer.country(code: "ZZ") == nil)
    #expect(gazetteer.country(code: "GBR") == nil)
    #expect(gazetteer.country(code: "") == nil)
  }

  @Test func mainNamesComeBeforeHistoricalAlternates() {
    // GeoNames lists "Alexandria" as an old name of Mashhad; the Egyptian city must come first.
    #expect(gazetteer.lookup("Alexandria").first?.country == "EG")
  }

  @Test func everyNameOfTheFileHashesAsTheMatcherHashesIt() throws {
    // The build script hashes names in Python; a name whose key differs from Swift's would never
    // match. Re-hash every name and alternate of the file with `WordHash`.
    let file = gazetteer.file
    let entries = gazetteer.index.allEntries()
    #expect(entries.count > 200_000)
    var wrong: [String] = []
    for (hash, entry) in entries {
      var end = entry.nameOffset
      while file.stringByte(end) != 0x0A { end += 1 }
      let name = gazetteer.text(entry.nameOffset, end - entry.nameOffset)
      if WordHash.of(name) != hash { wrong.append(name) }
      // A main-name entry is the record's name, or a town's short form of it ("Frankfurt").
      let main = gazetteer.name(entry.record)
      func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
          .replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "’", with: "'")
          .replacingOccurrences(of: "‘", with: "'")
      }
      if !entry.isAlternate && main != name && !fold(main).hasPrefix(fold(name) + " ") {
        wrong.append("\(name) as the main name of \(main)")
      }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(10))")
  }

  @Test func recordsAreFoundByIdAndSeatsByMetonym() throws {
    let moscow = try #require(gazetteer.records.record(geonameid: 524901))
    #expect(gazetteer.name(moscow) == "Moscow")
    #expect(gazetteer.metonyms[GeoLexicon.key("Kremlin")]?.record == Int32(moscow))
    #expect(gazetteer.records.record(geonameid: 1) == nil)
    // The capital of Palau is not among the places: its metonym has no seat.
    #expect(gazetteer.metonyms[GeoLexicon.key("Melekeok")]?.record == -1)
  }

  @Test func aDamagedFileIsRefusedWithItsName() throws {
    let path = try BundledData.path("gazetteer/places.bin")
    let bytes = try #require(FileManager.default.contents(atPath: path)).map { $0 }
    for (damaged, reason) in [
      (Array(bytes.prefix(bytes.count / 2)), "truncated"),
      (Array("places\tcity\n".utf8), "header"),
      ([UInt8](), "header"),
      (Array(bytes.prefix(8)) + [UInt8](repeating: 0xFF, count: 56), "byte order"),
    ] {
      #expect {
        try GazetteerFile(bytes: damaged, name: "gazetteer/places.bin")
      } throws: { error in
        "\(error)".contains("gazetteer/places.bin") && "\(error)".contains(reason)
      }
    }
  }

  @Test func aGazetteerWithoutItsDataKeepsTheError() {
    let g = Gazetteer(missing: .missing("gazetteer/places.bin"))
    #expect(g.count == 0 && g.lookup("Paris").isEmpty && g.loadError != nil)
    #expect(Geoparser.places(in: "Talks in Paris.", gazetteer: g).isEmpty)
  }

  @Test func haversine() {
    // Paris to London is about 344 km.
    let km = Geodesy.kilometres(48.8566, 2.3522, 51.5074, -0.1278)
    #expect(abs(km - 344) < 2)
  }
}
