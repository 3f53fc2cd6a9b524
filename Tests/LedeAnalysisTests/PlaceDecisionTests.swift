import Foundation
import LedeCore
import Testing

@testable import LedeAnalysis

/// One decision per place (issues 12 and 14): a span is a place once, and the entities (kind
/// place) and the places (role location or actor) agree on it, span for span.
@Suite struct PlaceDecisionTests {
  /// The spans the two layers disagree on: place entities no place has, and locations or
  /// actors no place entity has. A government seat (`the Kremlin`) is an organisation to the
  /// entities by design, and a modifier (`Russian`, the `Texas` of "R-Texas") qualifies another
  /// name; neither is compared.
  static func disagreements(_ article: Article) -> [String] {
    let entityPlaces = Set(article.entities.filter { $0.kind == .place }.map(\.span))
    let places = Set(
      article.places.filter { !$0.isSeatMetonym && $0.role != .modifier }.map(\.span))
    return entityPlaces.symmetricDifference(places).sorted { $0 < $1 }.map {
      "\(article.text(of: $0)) at \($0.start)"
    }
  }

  static func article(_ text: String) throws -> Article {
    try #require(GeoTestSupport.article(text))
  }

  /// Every article of every seed (text, Markdown, HTML, JSON, feeds), as `lede` loads them.
  @Test func seedsAgreeSpanForSpan() throws {
    let seeds = GeoTestSupport.root.appendingPathComponent("seeds").path
    let articles = ArticleLoader().load([seeds]).articles
    #expect(articles.count >= 7)
    var placeEntities = 0
    for article in articles {
      placeEntities += article.entities.filter { $0.kind == .place }.count
      #expect(Self.disagreements(article) == [], "\(article.metadata.title ?? "")")
    }
    #expect(placeEntities >= 70)
  }

  /// One list of place words: a name the gazetteer lacks that ends with one (`Springs`) or
  /// opens with a `start` one (`Cape`) is a place to the entities and a local feature to the
  /// geoparser; a word that only ends names (`Street`) opens none. A street is a place to
  /// neither, nor a person (`Grace Road`), and an `after` word (`Hill`) only continues a
  /// known place's name, so a person called Hill stays a person.
  @Test func placeWordsAreOneList() throws {
    let article = try Self.article(
      """
      Ferry Returns to the Islands

      Ferries from Halifax will sail to Cape Tormelly again in May, the operator said. Buses \
      will run from Quarrow Springs to the terminal on Grace Road, next to the Street Gym.

      Nora Hill, who runs the terminal, said the first sailing was sold out.
      """)
    #expect(Self.disagreements(article) == [])
    let places = article.places
    for name in ["Cape Tormelly", "Quarrow Springs"] {
      #expect(
        article.entities.contains { $0.text == name && $0.kind == .place }, "\(name) entity")
      #expect(
        places.contains { $0.text == name && $0.isApproximate && $0.country == "CA" },
        "\(name) place")
    }
    for name in ["Grace Road", "Street Gym"] {
      #expect(
        !article.entities.contains { $0.text == name && ($0.kind == .place || $0.kind == .person) },
        "\(name)")
      #expect(!places.contains { $0.text.contains(name) }, "\(name)")
    }
    #expect(article.entities.contains { $0.text == "Nora Hill" && $0.kind == .person })
  }

  /// A headline in title case: a feature its body names is one there too, wherever its
  /// capitals stop ("Nova Scotia’s Cape Tormelly Will Welcome"); one the body lacks is not.
  @Test func aHeadlineFeatureIsTheBodys() throws {
    let article = try Self.article(
      """
      Nova Scotia’s Cape Tormelly Will Welcome Quarrow Springs Visitors

      A radio host in Cape Tormelly, Nova Scotia, has set up a website for visitors.
      """)
    #expect(Self.disagreements(article) == [])
    #expect(article.places.filter { $0.text == "Cape Tormelly" }.count == 2)
    #expect(!article.places.contains { $0.text.contains("Quarrow") })
  }

  /// "US-UK", "Texas-based", "(R-Texas)" in a title-case headline: a place that is one part of
  /// a hyphenated word qualifies it (a modifier), as the entities read the word as one token
  /// and make no place of a part.
  @Test func aHyphenPartIsAModifier() throws {
    let article = try Self.article(
      """
      Sen. Carl Benning (R-Texas) Backs Trade Deal

      Sen. Carl Benning said on Monday that a US-UK trade deal was close, and a Texas-based \
      firm agreed. Benning flew to Texas later that day.
      """)
    #expect(Self.disagreements(article) == [])
    let texas = article.places.filter { $0.name == "Texas" }
    #expect(texas.map(\.role) == [.modifier, .modifier, .location])
    #expect(
      article.places.filter { $0.text == "US" || $0.text == "UK" }.allSatisfy {
        $0.role == .modifier
      })
  }

  /// "North Philadelphia": a place after a compass word that the entity pass holds as one name
  /// is that whole name, in both layers.
  @Test func aCompassWordOpensThePlacesName() throws {
    let article = try Self.article(
      """
      Voters Weigh In

      “He’s new to the game,” said Dana Perl, 59, of North Philadelphia. Others in the city \
      were less sure.
      """)
    #expect(Self.disagreements(article) == [])
    let place = try #require(article.places.first { $0.text == "North Philadelphia" })
    #expect(place.name == "Philadelphia" && place.role == .location)
    #expect(article.entities.contains { $0.text == "North Philadelphia" && $0.kind == .place })
  }

  /// A surname written alone, before or after the full name, is the person in both layers,
  /// though the places read the runs before coreference: `Carson` and `Lincoln` are towns, and
  /// `to Lincoln` stays the place.
  @Test func aSurnameAloneIsThePerson() throws {
    let article = try Self.article(
      """
      Carson Wins Backing

      Carson thanked supporters on Monday. Dr. Ben Carson, who met Tessa Lincoln at a rally in \
      Iowa, said Lincoln had been a friend for years. Carson flew to Lincoln on Tuesday.
      """)
    #expect(Self.disagreements(article) == [])
    let places = article.places.map(\.text)
    #expect(!places.contains("Carson"))
    #expect(places.filter { $0 == "Lincoln" }.count == 1)
    #expect(places.contains("Iowa"))
    #expect(
      article.entities.filter { $0.text == "Carson" }.allSatisfy { $0.kind == .person })
  }

  /// A name written before a noun of a person's office is that person wherever it stands alone
  /// (`Obama` is a town in Japan too), in a headline as in the body.
  @Test func aNameBeforeAnOfficeIsThePerson() throws {
    let article = try Self.article(
      """
      Budget Fight Tests Obama

      The Obama administration defended the budget on Friday. Obama told reporters that the \
      plan would pass. Critics in Ohio disagreed.
      """)
    #expect(Self.disagreements(article) == [])
    let places = article.places.map(\.text)
    #expect(!places.contains("Obama"))
    #expect(places.contains("Ohio"))
    #expect(
      article.entities.filter { $0.text == "Obama" }.allSatisfy { $0.kind == .person })
  }

  /// A name written alone before a speech verb is no town of under 500,000 (`Obama`, Fukui):
  /// towns do not speak, people do; every mention of it in the article is read so. A capital
  /// still speaks for its government, and the town stays a place where the text places it.
  @Test func aTownDoesNotSpeak() throws {
    let article = try Self.article(
      """
      Plan Wins Support

      Obama said the plan would work. Critics of Obama disagreed, and Moscow said it would \
      wait. Obama replied on Tuesday.
      """)
    #expect(Self.disagreements(article) == [])
    let places = article.places.map(\.text)
    #expect(!places.contains("Obama"))
    #expect(article.places.first { $0.text == "Moscow" }?.role == .actor)
    let placed = try Self.article(
      """
      Festival Opens

      The festival opened in Obama, Fukui, on Friday. Obama said it would welcome visitors.
      """)
    #expect(placed.places.contains { $0.text == "Obama" && $0.country == "JP" })
  }

  /// Joined by "and" to a person's name, a town's name is a person too, and so is its
  /// possessive after "in": the preposition governs the noun (`in Obama’s cabinet`).
  @Test func aTownBesideAPersonIsAPerson() throws {
    let article = try Self.article(
      """
      Rivals Meet

      Hillary Clinton spoke on Monday. Critics said Obama and Clinton had failed. Both had \
      served in Obama’s cabinet.
      """)
    #expect(Self.disagreements(article) == [])
    #expect(!article.places.contains { $0.text == "Obama" })
  }

  /// A town after "in" that stands before a speech verb is still the place, and a town that
  /// qualifies a noun beside a person's name is still a town (review of 13a6c6f).
  @Test func aTownStaysWhereTheTextPlacesIt() throws {
    let article = try Self.article(
      """
      Storm Damage

      The storm hit Dayton on Friday. Officials in Dayton said the city would open shelters. \
      Governor Mike DeWine and Dayton officials toured the damage.
      """)
    #expect(Self.disagreements(article) == [])
    #expect(article.places.filter { $0.text == "Dayton" }.count == 3)
  }

  /// Abbreviated titles name a person, and the place before one stays a place (`Indiana Gov.
  /// Mike Pence`, `Pres. Obama`).
  @Test func anAbbreviatedTitleNamesAPerson() throws {
    let article = try Self.article(
      """
      Budget Signed

      Indiana Gov. Mike Pence signed the budget on Monday. Pres. Obama criticized it.
      """)
    #expect(Self.disagreements(article) == [])
    #expect(article.places.contains { $0.text == "Indiana" && $0.country == "US" })
    #expect(!article.places.contains { $0.text == "Obama" })
    #expect(article.entities.contains { $0.text.hasSuffix("Mike Pence") && $0.kind == .person })
    #expect(article.entities.contains { $0.text.hasSuffix("Obama") && $0.kind == .person })
  }
}
