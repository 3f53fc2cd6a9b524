import LedeAnalysis
import Testing

@testable import LedeCore

/// Corpus-wide entities: one per referent across articles, with merges the corpus makes
/// unambiguous and kinds that never make a party or an acronym a person.
@Suite struct CorpusEntityTests {
  /// Two British politics stories written for this test.
  static let articles: [Article] = [
    newsArticle(
      "Charles Kennedy said the Liberal Democrats would oppose the plan on Monday.",
      "Mr Kennedy told the BBC that MPs would vote against the bill next week.",
      "Vince Cable, the party's Treasury spokesman, said the figures did not add up.",
      "Tory MPs said the UK could not afford the scheme, and the Tories blamed Labour.",
      headline: "Liberal Democrats oppose tuition plan"),
    newsArticle(
      "Kennedy faced questions from MPs on Tuesday about his leadership.",
      "Mr Kennedy said he would stay. Vincent Cable said the party was united.",
      "The Tories said nothing, and Labour declined to comment.",
      headline: "Leader under pressure"),
  ].compactMap { $0 }

  func entity(_ resolved: CorpusEntities, _ name: String) -> CorpusEntity? {
    resolved.all.first { $0.name == name }
  }

  @Test func surnamesTitlesAndSpellingsAreOnePerson() throws {
    #expect(Self.articles.count == 2)
    let resolved = CorpusEntities(articles: Self.articles, places: GazetteerPlaceNames())
    let kennedy = try #require(entity(resolved, "Charles Kennedy"))
    #expect(kennedy.kind == .person)
    #expect(kennedy.id == "person:charles-kennedy")
    #expect(kennedy.articles == 2)
    #expect(kennedy.aliases.contains("Kennedy"))
    let cables = resolved.all.filter { $0.name.hasSuffix("Cable") }
    #expect(cables.count == 1)
    #expect(cables.first?.kind == .person)
    #expect(cables.first?.articles == 2)
    // Every mention of Kennedy, whatever the recogniser made of it, names that entity.
    for article in Self.articles {
      for e in article.entities where e.text.contains("Kennedy") {
        #expect(resolved.entity(of: e)?.id == kennedy.id, "\(e)")
      }
    }
    #expect(resolved.entity(named: "mr kennedy")?.id == kennedy.id)
    #expect(resolved.entity(named: "person:charles-kennedy")?.id == kennedy.id)
  }

  /// A name asked for is the most mentioned entity with that name or alias: "Obama" is the
  /// president, whom the corpus names so four times, not the organisation the recogniser made
  /// of "the Obama administration" once.
  @Test func aNameIsTheMostMentionedEntityThatHasIt() throws {
    let articles = [
      newsArticle(
        "The lawyers welcomed the Obama administration’s plans for the port.",
        headline: "Port plan welcomed"),
      newsArticle(
        "President Barack Obama visited the port on Monday.",
        "Obama said the plan would create jobs, and Obama thanked the workers.",
        "Mr Obama left in the evening.",
        headline: "President visits port"),
    ].compactMap { $0 }
    let resolved = CorpusEntities(articles: articles, places: GazetteerPlaceNames())
    let president = try #require(entity(resolved, "Barack Obama"))
    #expect(president.kind == .person && president.aliases.contains("Obama"))
    #expect(resolved.entity(named: "Obama")?.id == president.id)
  }

  /// The names of one country are one place (`US`, `United States`, `America`); a state that
  /// shares a city's name stays apart (`Washington`).
  @Test func theNamesOfOneCountryAreOnePlace() throws {
    let articles = [
      newsArticle(
        "The United States said the talks in Geneva would resume on Monday.",
        "Officials in Washington said the US would send a delegation.",
        headline: "Talks to resume"),
      newsArticle(
        "America will not sign the deal, the US envoy said in Geneva.",
        headline: "Envoy rejects deal"),
    ].compactMap { $0 }
    let resolved = CorpusEntities(articles: articles, places: GazetteerPlaceNames())
    let countries = resolved.all.filter {
      ["US", "United States", "America"].contains($0.name)
        || $0.aliases.contains("United States")
    }
    #expect(countries.count == 1, "\(resolved.all.map(\.name))")
    let country = try #require(countries.first)
    #expect(country.kind == .place && country.articles == 2)
    let names = Set(country.aliases + [country.name])
    #expect(names.isSuperset(of: ["US", "United States", "America"]), "\(names)")
    #expect(entity(resolved, "Washington")?.id != country.id)
  }

  @Test func partiesGroupsAndAcronymsAreNeverPeople() {
    let resolved = CorpusEntities(articles: Self.articles, places: GazetteerPlaceNames())
    let people = resolved.entities(kind: .person).map(\.name)
    for name in ["Tory", "Tories", "Labour", "MPs", "Tory MPs", "UK", "BBC"] {
      #expect(!people.contains(name), "\(name) is not a person")
    }
    #expect(resolved.entity(named: "Tories")?.kind == .group)
  }

  @Test func mostMentionedFirstAndIdsDoNotDependOnOrder() {
    let forward = CorpusEntities(articles: Self.articles, places: GazetteerPlaceNames())
    let backward = CorpusEntities(articles: Self.articles.reversed(), places: GazetteerPlaceNames())
    #expect(forward.all == backward.all)
    let mentions = forward.all.map(\.mentions)
    #expect(mentions == mentions.sorted(by: >))
    #expect(Set(forward.all.map(\.id)).count == forward.all.count)
  }

  @Test func talliesOfShardsMergeIntoTheWhole() {
    var merged = EntityTally([Self.articles[0]], places: GazetteerPlaceNames())
    merged.merge(EntityTally([Self.articles[1]], places: GazetteerPlaceNames()))
    #expect(merged == EntityTally(Self.articles, places: GazetteerPlaceNames()))
    let fromShards = CorpusEntities(
      tally: merged, articles: Self.articles, places: GazetteerPlaceNames())
    #expect(
      fromShards.all == CorpusEntities(articles: Self.articles, places: GazetteerPlaceNames()).all)
  }

  @Test func declaredAliasesMergeNamesOfAnyKind() throws {
    var aliases = EntityAliases()
    aliases.add(name: "Conservative Party", aliases: ["Tories", "Tory MPs"])
    let resolved = CorpusEntities(
      articles: Self.articles, aliases: aliases, places: GazetteerPlaceNames())
    let party = try #require(resolved.entity(named: "Tories"))
    #expect(party.name == "Conservative Party")
    #expect(party.id.hasSuffix(":conservative-party"))
    #expect(party.articles == 2)
    #expect(resolved.entity(named: "Conservative Party")?.id == party.id)
  }

  @Test func aliasesFileIsReadAndBadLinesAreNamed() throws {
    let aliases = try EntityAliases.parse(
      "# parties\nConservative Party\tTories\tConservatives\n\nLabour Party\tLabour\n",
      path: "a.tsv")
    #expect(aliases.groups.count == 2)
    #expect(aliases.groups[0].aliases == ["Tories", "Conservatives"])
    #expect(throws: EntityAliases.FileError.self) {
      try EntityAliases.parse("Conservative Party\n", path: "a.tsv")
    }
    do {
      _ = try EntityAliases.parse("ok\tfine\nlonely\n", path: "a.tsv")
    } catch {
      #expect(error.description.hasPrefix("a.tsv:2: "))
    }
  }

  @Test func givenNameSpellingsAndMiddleNames() {
    #expect(NameFold.sameGivenName("vince", "vincent"))
    #expect(NameFold.sameGivenName("hilary", "hillary"))
    #expect(!NameFold.sameGivenName("bill", "hillary"))
    #expect(!NameFold.sameGivenName("ed", "edward"))
    #expect(EntityClustering.sameFullName(["donald", "j", "trump"], ["donald", "john", "trump"]))
    #expect(EntityClustering.sameFullName(["donald", "j", "trump"], ["donald", "trump"]))
    #expect(!EntityClustering.sameFullName(["george", "w", "bush"], ["george", "hw", "bush"]))
    #expect(NameFold.words("Mr. J. Smith’s") == ["j", "smith"])
  }
}
