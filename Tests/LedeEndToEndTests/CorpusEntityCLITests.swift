import Foundation
import Testing

/// Corpus-wide entities through the binary: Lua, export and `--aliases`.
@Suite struct CorpusEntityCLITests {
  func corpus() throws -> Scratch {
    let dir = try Scratch()
    try dir.write(
      "a.txt",
      """
      Liberal Democrats oppose tuition plan

      Charles Kennedy said the Liberal Democrats would oppose the plan on Monday.

      Mr Kennedy told the BBC that Tory MPs would vote against the bill, and the Tories agreed.
      """)
    try dir.write(
      "b.txt",
      """
      Leader under pressure

      Mr Kennedy faced questions on Tuesday about his leadership. The Tories said nothing.
      """)
    return dir
  }

  @Test func luaListsCorpusEntitiesAndMentionsPointToThem() throws {
    let dir = try corpus()
    let chunk = """
      local k = corpus:entity("Mr Kennedy")
      print(k.id, k.name, k.kind, k.articles, #corpus:entities("person"))
      for a in corpus:articles() do
        for _, e in ipairs(a:entities()) do
          if e.text == "Kennedy" then print(e.entity) end
        end
      end
      lede.aliases{ ["Conservative Party"] = { "Tories", "Tory MPs" } }
      print(corpus:entity("Tories").name, corpus:entity("Tories").articles)
      """
    let r = try LedeCLI.run(["run", "-e", chunk, dir.path("a.txt"), dir.path("b.txt")])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.first == "person:charles-kennedy\tCharles Kennedy\tperson\t2\t1")
    #expect(lines.dropFirst().dropLast().allSatisfy { $0 == "person:charles-kennedy" })
    #expect(lines.last == "Conservative Party\t2")
  }

  @Test func towardACorpusEntityCountsEveryNameItHasInEachArticle() throws {
    let dir = try corpus()
    let chunk = """
      local k = corpus:entity("Charles Kennedy")
      lede.aliases{ ["Conservative Party"] = { "Tories", "Tory" } }
      local tories = corpus:entity("Conservative Party")
      for a in corpus:articles() do
        local name = a.path:match("[ab]%.txt$")
        print(name, a:toward(k).mentions, a:toward("Kennedy").mentions,
          a:toward(tories).mentions, a:toward("Conservative Party").mentions)
      end
      """
    let r = try LedeCLI.run(["run", "-e", chunk, dir.path("a.txt"), dir.path("b.txt")])
    #expect(r.status == 0, "\(r.stderr)")
    // a.txt names him "Charles Kennedy" and "Mr Kennedy", b.txt "Mr Kennedy": each mention counts
    // for the one entity, and the party is found under a name its articles never use.
    let lines = Set(r.stdout.split(separator: "\n").map(String.init))
    #expect(lines == ["a.txt\t2\t2\t2\t2", "b.txt\t1\t1\t1\t1"], "\(r.stdout)")
  }

  @Test func exportCarriesEntityIdsAndReadsAliasesFiles() throws {
    let dir = try corpus()
    try dir.write("aliases.tsv", "# name, then aliases\nConservative Party\tTories\tTory MPs\n")
    let r = try LedeCLI.run([
      "export", dir.path("a.txt"), dir.path("b.txt"), "--aliases", dir.path("aliases.tsv"),
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      r.stdout.contains("\"canonical\": \"Tories\", \"entity\": \"group:conservative-party\""))
    #expect(r.stdout.contains("\"entity\": \"person:charles-kennedy\""))

    try dir.write("bad.tsv", "Conservative Party\n")
    let bad = try LedeCLI.run(["export", dir.path("a.txt"), "--aliases", dir.path("bad.tsv")])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("bad.tsv:1: expected a name and at least one alias"))
  }

  @Test func quotesCarryTheirSpeakersEntityInLuaAndExport() throws {
    let dir = try corpus()
    try dir.write(
      "c.txt",
      """
      Kennedy stays on

      “I am going nowhere,” Mr Kennedy told reporters on Wednesday.

      “It is a matter for the party,” a spokesman said.
      """)
    let files = ["a.txt", "b.txt", "c.txt"].map { dir.path($0) }
    let chunk = """
      for a in corpus:articles() do
        for _, q in ipairs(a:quotes()) do
          if q.kind == "direct" then
            local e = corpus:entity(q)
            print(q.source, q.speaker, q.entity, e and e.name, e and e.id == q.entity)
          end
        end
      end
      print(pcall(corpus.entity, corpus, {}))
      """
    let r = try LedeCLI.run(["run", "-e", chunk] + files)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      r.stdout.split(separator: "\n") == [
        "Kennedy\tKennedy\tperson:charles-kennedy\tCharles Kennedy\ttrue",
        "a spokesman\tnil\tnil\tnil\tnil",
        "false\tbad argument #1 to 'entity' (string, Entity or Quote expected, got table)",
      ])
    let export = try LedeCLI.run(["export"] + files)
    #expect(export.status == 0, "\(export.stderr)")
    #expect(
      export.stdout.contains("\"speaker\": \"Kennedy\", \"entity\": \"person:charles-kennedy\""))
  }

  @Test func quotesReportCountsSpeakersAsCorpusEntitiesOfAKind() throws {
    let dir = try corpus()
    try dir.write(
      "c.txt",
      """
      Kennedy stays on

      “I am going nowhere,” Mr Kennedy told reporters on Wednesday.

      “It is a matter for the party,” a spokesman said.

      “We will not be lectured,” the Conservative Party said in a statement.
      """)
    try dir.write(
      "d.txt",
      """
      Opposition digs in

      “The plan is dead,” the Tories said on Thursday.
      """)
    try dir.write("aliases.tsv", "Conservative Party\tTories\n")
    let files = ["a.txt", "b.txt", "c.txt", "d.txt"].map { dir.path($0) }
    let people = try LedeCLI.run(
      ["report", "quotes"] + files + [
        "--param", "kind=person", "--format", "csv", "--table", "speakers",
      ])
    #expect(people.status == 0, "\(people.stderr)")
    // Charles Kennedy, Mr Kennedy (two articles): one person; no body or unnamed source.
    #expect(
      people.stdout.split(separator: "\n").map {
        $0.split(separator: ",").prefix(6).joined(separator: ",")
      }
        == ["speaker,quotes,direct,partial,indirect,articles", "Charles Kennedy,3,1,0,2,2"])
    let all = try LedeCLI.run(
      ["report", "quotes"] + files + [
        "--aliases", dir.path("aliases.tsv"), "--format", "csv", "--table", "speakers",
      ])
    #expect(all.status == 0, "\(all.stderr)")
    #expect(all.stdout.contains("\nConservative Party,2,2,0,0,2,"), "the Tories are the party")
    #expect(
      all.stdout.contains("\na spokesman (#3),1,1,0,0,1,"),
      "an unnamed source counts under its words in its article")
  }
}
