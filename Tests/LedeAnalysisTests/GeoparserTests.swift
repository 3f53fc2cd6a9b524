import LedeCore
import Testing

@testable import LedeAnalysis

/// Recognition, resolution, roles and focus on small texts and the seed article.
@Suite struct GeoparserTests {
  func places(_ text: String) -> [ResolvedPlace] { Geoparser.places(in: text) }

  func place(_ text: String, _ surface: String) -> ResolvedPlace? {
    places(text).first { $0.text == surface }
  }

  @Test func seedArticle() throws {
    let article = try #require(GeoTestSupport.article(path: "seeds/lavrov-visits-north-korea.txt"))
    let found = Geoparser.places(in: article)
    func first(_ name: String) -> ResolvedPlace? { found.first { $0.name == name } }
    #expect(first("Pyongyang")?.country == "KP")
    #expect(first("Moscow")?.country == "RU")
    #expect(first("Hanoi")?.country == "VN")
    #expect(found.first { $0.text == "Gaza" }?.country == "PS")
    #expect(found.first { $0.text == "Zaporizhzhia" }?.country == "UA")
    let washington = try #require(found.first { $0.text == "Washington" })
    #expect(washington.country == "US" && washington.role == .actor)
    #expect(found.first { $0.text == "East Asia" }?.kind == .region)
    #expect(found.first { $0.text == "Asia" }?.kind == .continent)
    #expect(found.first { $0.text == "China" }?.country == "CN")
    #expect(found.first { $0.text == "Ukraine" }?.country == "UA")
    #expect(found.first { $0.text == "North Korea" }?.country == "KP")
    #expect(found.first { $0.text == "Russia" }?.country == "RU")
    // "the US", "the Kremlin": the span is the name, as the entity recogniser has it.
    #expect(found.contains { $0.text == "US" && $0.country == "US" })
    let kremlin = try #require(found.first { $0.text == "Kremlin" })
    #expect(kremlin.country == "RU" && kremlin.role == .actor)
    // Demonyms are references to their country that qualify something else.
    for (demonym, country) in [
      ("Russian", "RU"), ("North Korean", "KP"), ("Vietnamese", "VN"), ("Ukrainian", "UA"),
    ] {
      let p = found.first { $0.text == demonym }
      #expect(p?.country == country && p?.role == .modifier, "\(demonym)")
    }
    #expect(!found.contains { $0.text == "Korean" }, "North Korean is one demonym")
    // Kim Jong Un is a person, not the town of Un (nor anything called Kim).
    #expect(!found.contains { $0.text == "Un" || $0.text == "Kim" })
    // Every span points back at the text it claims.
    for p in found { #expect(article.text(of: p.span) == p.text) }
    let focus = Geoparser.focus(of: found)
    #expect(Set(focus.focusCountries) == ["RU", "KP"])
    #expect(focus.city?.country == "RU" || focus.city?.country == "KP")
  }

  /// A span is decided to be a place once (issue 12): the entity layer and the places agree on
  /// the seed, span for span. Places also report what qualifies something else (a demonym, the
  /// place in `anti-Russia`) and metonyms (`the Kremlin`), which the entity layer files under the
  /// group, organisation or person they belong to; a metonym written as a place name
  /// (`Washington claimed`) is in both, with the same span.
  @Test func seedEntitiesAndPlacesAgree() throws {
    let article = try #require(GeoTestSupport.article(path: "seeds/lavrov-visits-north-korea.txt"))
    let found = Geoparser.places(in: article)
    let entities = article.entities
    let entityPlaces = Set(entities.filter { $0.kind == .place }.map(\.span))
    let placeSpans = Set(found.map(\.span))
    #expect(entityPlaces.count >= 30)
    #expect(entityPlaces.subtracting(placeSpans).isEmpty)
    for p in found where p.role == .location {
      #expect(entityPlaces.contains(p.span), "\(p.text) is a place but no place entity")
    }
  }

  /// One decision (issue 12): an entity is a place exactly where the places report a location
  /// or an actor that is no government seat. A seat (`the Kremlin`) is an organisation to the
  /// entities and a demonym a group; a surname that is also a city (`Carson`) is the person.
  @Test func entitiesTakeThePlacesDecision() throws {
    let seed = try #require(GeoTestSupport.article(path: "seeds/lavrov-visits-north-korea.txt"))
    let written = try #require(
      GeoTestSupport.article(
        """
        Carson Courts Farmers in Iowa

        ONAWA, Iowa (AP) — Ben Carson spoke to farmers in Onawa, Iowa, on Monday. Carson said \
        the Kremlin had denied the report, and Moscow said Russian grain would not reach Iowa.

        Later Carson flew to Chicago, where he met Mayor Rahm Emanuel.
        """))
    for article in [seed, written] {
      let entityPlaces = article.entities.filter { $0.kind == .place }.map(\.span)
      let places = article.places.filter { !$0.isSeatMetonym && $0.role != .modifier }
      #expect(entityPlaces == places.map(\.span))
    }
    let entities = written.entities
    func kind(_ text: String) -> [EntityKind] { entities.filter { $0.text == text }.map(\.kind) }
    #expect(kind("Carson").allSatisfy { $0 == .person } && kind("Carson").count >= 2)
    #expect(kind("Onawa") == [.place] && kind("Chicago") == [.place])
    #expect(kind("Kremlin") == [.organization])
    #expect(written.places.contains { $0.text == "Kremlin" && $0.role == .actor })
    // The people are decided once too: the geoparser reads no place inside a person's name.
    #expect(!written.places.contains { $0.text == "Carson" || $0.text == "Emanuel" })
  }

  /// "Long Island" names the island, which the gazetteer lacks: not Long Island City (whose
  /// GeoNames names include "Long Island"), nor the Bahamas' district of that name in a story
  /// about New York. It is placed near the paragraph's resolved place, approximately.
  @Test func aFeatureNameIsNotTheTownNamedAfterIt() throws {
    let article = try #require(
      GeoTestSupport.article(
        """
        Storm Floods Roads

        Heavy rain flooded roads across Long Island on Tuesday, and commuters from Queens \
        waited hours for trains into New York.

        The storm moved east by the evening.
        """))
    let found = Geoparser.places(in: article)
    #expect(found.contains { $0.text == "Queens" && $0.country == "US" })
    let island = found.filter { $0.text == "Long Island" }
    #expect(island.count == 1)
    #expect(island.allSatisfy { $0.name != "Long Island City" && $0.country == "US" })
    #expect(island.allSatisfy { $0.isApproximate && abs($0.latitude - 40.8) < 0.5 })
    // The Bahamas' district stays its own place where the story is there.
    let bahamas = Geoparser.places(
      in: "Fishermen on Long Island said the storm spared Nassau, Bahamas.")
    #expect(bahamas.contains { $0.text == "Long Island" && $0.country == "BS" })
    // A feature's name that is a listed place of its own keeps it, wherever the other places
    // of its sentence are.
    for (sentence, name, country) in [
      (
        "Fishermen from Halifax, Nova Scotia, sell lobster to buyers in Rhode Island.",
        "Rhode Island", "US"
      ),
      (
        "Lobster from Prince Edward Island is shipped to Boston and New York every week.",
        "Prince Edward Island", "CA"
      ),
    ] {
      let found = Geoparser.places(in: sentence)
      #expect(found.contains { $0.text == name && $0.country == country }, "\(found)")
    }
  }

  /// A short paragraph with four capitals in its five long words is still a sentence: its
  /// Texas opens an organisation's name (a modifier), as in any other paragraph (issue 14).
  @Test func aShortSentenceOfNamesIsNoHeadline() throws {
    let article = try #require(
      GeoTestSupport.article(
        """
        Road Work Ahead

        The Texas Department of Transportation spoke in Dallas.

        Crews will close two lanes next week.
        """))
    let found = Geoparser.places(in: article)
    #expect(found.first { $0.text == "Texas" }?.role == .modifier)
    #expect(found.first { $0.text == "Dallas" }?.role == .location)
  }

  /// One decision per span (issue 12), on an article written for it: the entities' places are
  /// exactly the places' locations and actors that are no seat. A place inside the name of an
  /// organisation the entities found, not ending it (`the U.S. Supreme Court`, `a Lima-based
  /// group`), is part of that name: a modifier, as `Texas` in "Texas Department of
  /// Transportation"; `Wall Street` is a landmark seat, an organisation to the entities.
  @Test func entitiesAndPlacesAgreeOnNamesAroundPlaces() throws {
    let article = try #require(
      GeoTestSupport.article(
        """
        Court Hears Storm Case

        Heavy rain flooded roads across Long Island on Tuesday, and commuters from Queens \
        waited hours for trains into New York.

        The Texas Department of Transportation spoke in Dallas.

        Wall Street rallied after the report. The U.S. Supreme Court will hear the case, said \
        Tomás Herrera of a Lima-based group, which also works in Peru.
        """))
    let entityPlaces = article.entities.filter { $0.kind == .place }.map(\.span)
    let places = article.places.filter { !$0.isSeatMetonym && $0.role != .modifier }
    #expect(entityPlaces == places.map(\.span))
    #expect(places.map(\.text) == ["Long Island", "Queens", "New York", "Dallas", "Peru"])
    for name in ["Texas", "U.S.", "Lima"] {
      #expect(article.places.first { $0.text == name }?.role == .modifier, "\(name)")
    }
    #expect(article.entities.contains { $0.text == "Wall Street" && $0.kind == .organization })
  }

  /// A title before a name is no place: `Sens.` (senators) is also the town of Sens in France.
  /// The entities read it as the title too, not as an organisation "Sens.".
  @Test func aTitleBeforeANameIsNoPlace() throws {
    let article = try #require(
      GeoTestSupport.article(
        """
        Senators Press Bank

        Sens. Marla Quent and Tom Reyes wrote to the bank in Chicago on Monday.
        """))
    #expect(!article.places.contains { $0.text == "Sens" })
    #expect(article.places.contains { $0.text == "Chicago" })
    #expect(!article.entities.contains { $0.text == "Sens." || $0.text == "Sens" })
    #expect(article.entities.contains { $0.text == "Marla Quent" && $0.kind == .person })
  }

  @Test func cityRegionPattern() {
    #expect(place("The flood hit Alexandria, Louisiana, on Monday.", "Alexandria")?.admin1 == "LA")
    #expect(
      place("Cairo and Alexandria were calm, Egypt's interior ministry said.", "Alexandria")?
        .country == "EG")
    #expect(place("The water plant in Paris, Texas, failed.", "Paris")?.country == "US")
    #expect(place("The water plant in Paris failed.", "Paris")?.country == "FR")
    let dateline = places("ALEXANDRIA, Va. (AP) — A federal jury convicted him.")
    #expect(dateline.first?.country == "US" && dateline.first?.admin1 == "VA")
    #expect(dateline.contains { $0.text == "Va." && $0.name == "Virginia" })
  }

  @Test func oneSensePerArticle() {
    let text =
      "Paris, Texas, issued a boil-water notice. Officials in Paris said the notice would last a week."
    #expect(places(text).filter { $0.text == "Paris" }.allSatisfy { $0.country == "US" })
  }

  @Test func georgiaByContext() {
    let country = places(
      "Protesters filled the streets of Tbilisi as Georgia's parliament met. Georgia votes in May.")
    #expect(country.filter { $0.text == "Georgia" }.allSatisfy { $0.country == "GE" })
    let state = place(
      "The company moved its headquarters to Atlanta, Georgia, last year.", "Georgia")
    #expect(state?.country == "US" && state?.kind == .admin)
  }

  @Test func personNamesAreNotPlaces() {
    #expect(places("Kim Jong Un travelled by train.").isEmpty)
    #expect(places("Star Paris Delaney was furious.").isEmpty)
    #expect(places("Managing Director Victoria Halloran said costs rose.").isEmpty)
    let lavrov = places("Sergey Lavrov met officials. Later Lavrov flew home to Moscow.")
    #expect(lavrov.map(\.text) == ["Moscow"])
  }

  /// Twenty people named after a town, each with a surname of their own: the surnames the
  /// geoparser collects (to read them alone as people) outgrew the first table, which then hung.
  @Test func manySurnamesInOneArticle() {
    let surnames = [
      "Abbott", "Barlow", "Cordell", "Dunmore", "Ellery", "Fenwick", "Garrow", "Hadley",
      "Ingram", "Jessop", "Kendrick", "Lowther", "Merritt", "Norcross", "Oakes", "Pettit",
      "Quarles", "Redfern", "Stroud", "Tolliver",
    ]
    let text = surnames.map { "Paris \($0) spoke." }.joined(separator: " ") + " They met in Lyon."
    #expect(places(text).map(\.text) == ["Lyon"])
  }

  @Test func personSpansFromTheEntityRecogniser() {
    let text = "Jordan said the talks in Amman went well."
    let hook = Geoparser.places(in: text, personSpans: [Span(start: 0, end: 6)])
    #expect(hook.map(\.text) == ["Amman"])
  }

  @Test func commonWordsAndMonthsAreNotPlaces() {
    #expect(places("March was cold.").isEmpty)
    #expect(places("He will be sentenced in March.").isEmpty)
    #expect(places("Reading the report, officials in Nice said little.").map(\.text) == ["Nice"])
    #expect(places("Police said the Union would appeal.").isEmpty)
  }

  @Test func placesInsideOrganisationNamesAreModifiers() {
    let england = places("The Bank of England raised rates.")
    #expect(england.map(\.text) == ["England"] && england.first?.role == .modifier)
    let kyiv = places("She told the Kyiv Independent about it.")
    #expect(kyiv.map(\.text) == ["Kyiv"] && kyiv.first?.role == .modifier)
    #expect(place("It was an anti-Russia scheme.", "Russia")?.role == .modifier)
    let texas = places("The Texas Forest Service said the fire was contained near Austin.")
    #expect(texas.map(\.role) == [.modifier, .location])
    // A short name joined by an ampersand is a school's or a firm's.
    #expect(place("Texas A&M said it did not invite him.", "Texas")?.role == .modifier)
    #expect(places("CHELSEA boss Dario Valente was furious.").isEmpty)
    // A seat or landmark that opens an organisation's name.
    let journal = place("He reads the Wall Street Journal every day.", "Wall Street")
    #expect(journal?.role == .modifier)
    #expect(place("He works on Wall Street these days.", "Wall Street")?.role == .location)
  }

  @Test func metonymy() {
    #expect(place("Washington claimed the deliveries continued.", "Washington")?.role == .actor)
    #expect(place("The Kremlin denied the report.", "Kremlin")?.role == .actor)
    #expect(place("The Kremlin denied the report.", "Kremlin")?.country == "RU")
    #expect(place("Moscow’s diplomatic drive continued.", "Moscow")?.role == .actor)
    #expect(place("Washington’s allies were alarmed.", "Washington")?.role == .actor)
    #expect(place("Moscow has repeatedly said it wants talks.", "Moscow")?.role == .actor)
    #expect(place("He arrived in Moscow on Friday.", "Moscow")?.role == .location)
    #expect(place("Russia’s Far East is remote.", "Russia")?.role == .location)
    let both = places("North Korea and the Kremlin have denied the allegations.")
    #expect(both.count == 2 && both.allSatisfy { $0.role == .actor })
  }

  @Test func aSeatThatIsACommonWordNeedsThe() {
    #expect(place("The Beehive said the budget would pass.", "Beehive")?.country == "NZ")
    #expect(places("Beehive freeze-dried food sold out at the show.").isEmpty)
  }

  @Test func upstateNamesTheStateAndAModifierKeepsTheLocative() {
    let upstate = place("Farmers in upstate New York say the frost hurt apples.", "New York")
    #expect(upstate?.kind == .admin && upstate?.role == .location)
    #expect(place("He flew into New York on Monday.", "New York")?.kind == .city)
  }

  @Test func aCourtDistrictIsNotADivision() {
    let found = places("A judge in the Eastern District of New York ruled on Tuesday.")
    #expect(found.map(\.text) == ["New York"])
  }

  @Test func seatMetonymsCanBeLeftOut() {
    let text = "The Kremlin said talks in Moscow would resume."
    #expect(Geoparser.places(in: text).count == 2)
    let literal = Geoparser.places(in: text, options: Geoparser.Options(includeSeatMetonyms: false))
    #expect(literal.map(\.text) == ["Moscow"])
  }

  @Test func demonymsAreModifiersThatSetTheCountry() {
    let russian = places("Russian officials said nothing.")
    #expect(russian.map(\.text) == ["Russian"])
    #expect(russian.first?.role == .modifier && russian.first?.country == "RU")
    // "Victorian" says nothing; "Australian" points Victoria to Australia's state.
    #expect(place("Australian miners are leaving Victoria.", "Victoria")?.country == "AU")
  }

  @Test func spansAreUTF8ByteOffsets() throws {
    let text = "Über 40 drones crossed Kyiv’s skies toward Zaporizhzhia."
    for p in places(text) {
      let utf8 = Array(text.utf8)
      #expect(String(decoding: utf8[p.span.start..<p.span.end], as: UTF8.self) == p.text)
    }
    #expect(places(text).map(\.text) == ["Kyiv", "Zaporizhzhia"])
  }

  @Test func headlineCapitalsNeedTheBody() throws {
    let article = try #require(
      GeoTestSupport.article(
        "Fuming Chelsea Boss Blasts Referee After Late Everton Winner\nThe manager was angry.\n\nThe club plays in west London."
      ))
    let found = Geoparser.places(in: article)
    #expect(found.map(\.text) == ["London"])
  }

  @Test func focusCountsCitiesForTheirCountry() {
    let found = places(
      "Shelling hit Kharkiv and Sumy. In Kharkiv, power failed. Officials in Washington said little."
    )
    let focus = Geoparser.focus(of: found)
    #expect(focus.country == "UA")
    #expect(focus.city?.name == "Kharkiv")
  }
}
