import Testing

@testable import LedeAnalysis

/// The gazetteer: loading the bundled data, lookup order, folding, and the loader's edge cases.
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

  @Test func mainNamesComeBeforeHistoricalAlternates() {
    // GeoNames lists "Alexandria" as an old name of Mashhad; the Egyptian city must come first.
    #expect(gazetteer.lookup("Alexandria").first?.country == "EG")
  }

  @Test func loaderSkipsMalformedLinesAndReadsCRLF() throws {
    let places = Array(
      ("1\tcountry\tFreedonia\tFD\t\t10.5\t-20.25\t1000000\tFree State|the FS\t\r\n"
        + "2\tcity\tCapitalton\tFD\t01\t10\t-20\t500000\t\t\n"
        + "3\tadmin\tNorth Province\tFD\t01\t11\t-21\t0\t\t\n"
        + "bad line without tabs\n"
        + "4\tplanet\tMars\t\t\t0\t0\t0\t\t\n"
        + "5\tcity\tBrokenville\tFD\t01\tnorth\t0\t10\t\t\n"
        + "6\tcity\tSmallton\tFD\t01\t10.1\t-20.1\t2000\tCapitalton\t").utf8)
    let metonyms = Array(
      "Capitalton\tFD\t2\tcapital of Freedonia\nPalace\tFD\t2\tpresidency\nGhost\tFD\t99\tnone\n"
        .utf8)
    let demonyms = Array("Freedonian\tFD\n".utf8)
    let g = Gazetteer(places: places, demonyms: demonyms, metonyms: metonyms)
    #expect(g.count == 4)
    #expect(g.lookup("Mars").isEmpty && g.lookup("Brokenville").isEmpty)
    let country = try #require(g.lookup("free state").first)
    #expect(country.name == "Freedonia" && country.latitude == 10.5 && country.longitude == -20.25)
    let capital = g.lookup("Capitalton")
    #expect(capital.map(\.geonameid) == [2, 6], "the main name before the alternate")
    #expect(capital.first?.isCapital == true)
    #expect(g.lookup("North Province").first?.population == 0)
    #expect(g.demonyms[GeoLexicon.key("Freedonian")] == [AdminKey.code("FD")])
    #expect(g.metonyms[GeoLexicon.key("Ghost")]?.record == -1)
  }

  @Test func missingDataGivesAnEmptyGazetteer() {
    let g = Gazetteer(missing: "data file 'gazetteer/places.tsv' not found")
    #expect(g.count == 0 && g.lookup("Paris").isEmpty && g.loadError != nil)
    #expect(Geoparser.places(in: "Talks in Paris.", gazetteer: g).isEmpty)
  }

  @Test func haversine() {
    // Paris to London is about 344 km.
    let km = Geodesy.kilometres(48.8566, 2.3522, 51.5074, -0.1278)
    #expect(abs(km - 344) < 2)
  }
}
