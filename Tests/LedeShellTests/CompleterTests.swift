import LedeLua
import Testing

@testable import LedeShell

/// Completion from the live session.
@Suite struct CompleterTests {
  let completer: Completer

  init() throws { completer = Completer(runtime: try ShellFixture.runtime()) }

  @Test func fieldsAndMethodsOfModelObjects() {
    #expect(completer.complete("corpus[1].ti") == Completion(start: 10, candidates: ["title"]))
    #expect(completer.complete("corpus[1]:to").candidates == ["tokens", "toward"])
    #expect(completer.complete("corpus[1].sentences[1].te").candidates == ["text"])
    #expect(completer.complete("x = corpus:se").candidates == ["search"])
    #expect(completer.complete("corpus[1].").candidates.contains("standfirst"))
    #expect(!completer.complete("corpus[1]:").candidates.contains("title"))
  }

  @Test func globalsKeywordsAndTables() {
    #expect(completer.complete("pri").candidates == ["print"])
    #expect(completer.complete("fun").candidates == ["function"])
    #expect(completer.complete("lede.js").candidates == ["json"])
    #expect(completer.complete("lede.json.").candidates.contains("encode"))
    #expect(completer.complete("('x'):up").candidates == [])
    #expect(completer.complete("s = 'x' s:up").candidates == [], "s is not defined yet")
    #expect(completer.complete("string.fo").candidates == ["format"])
  }

  @Test func noCompletionAfterCallsOrInComments() {
    #expect(completer.complete("f().x").candidates.isEmpty)
    #expect(completer.complete("-- corpus[1].ti").candidates.isEmpty)
    #expect(completer.complete("a .. b.").candidates.isEmpty)
  }

  @Test func commandsAndTheirArguments() {
    #expect(completer.complete(".lo").candidates == [".load"])
    #expect(completer.complete(".lo").suffix == " ")
    #expect(completer.complete(".report ov").candidates == ["overview"])
    #expect(completer.complete(".report overview t").candidates == ["top="])
    #expect(completer.complete(".mode j").candidates == ["json"])
    #expect(completer.complete(".help lede.loa").candidates == ["lede.load"])
    let paths = completer.complete(".load \(ShellFixture.root.path)/see")
    #expect(paths.candidates == ["\(ShellFixture.root.path)/seeds/"])
  }
}
