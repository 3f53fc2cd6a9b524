import LedeLua
import Testing

@testable import LedeShell

/// Results as the shell prints them, from values read out of a live session.
@Suite struct ValuePrinterTests {
  let runtime: ScriptRuntime

  init() throws { runtime = try ShellFixture.runtime() }

  func show(_ line: String, width: Int = 100) throws -> String {
    guard case .values(let values) = try runtime.evaluateForShell(line) else {
      Issue.record("incomplete: \(line)")
      return ""
    }
    return ValuePrinter(width: width).render(values)
  }

  @Test func scalarsAsLuaWritesThem() throws {
    #expect(try show("1, 2.5, 3.0, 1e100, nil, true") == "1\t2.5\t3.0\t1e+100\tnil\ttrue\n")
    #expect(
      try show("'tab\\there \"quoted\" café\\n'") == "\"tab\\there \\\"quoted\\\" café\\n\"\n")
    #expect(try show("0/0").hasSuffix("nan\n"))
  }

  @Test func tablesSequenceFirstThenSortedKeys() throws {
    #expect(
      try show("{3, 2, 1, zeta = 1, alpha = {x = true}, [10] = 'ten', ['two words'] = 2}")
        == "{3, 2, 1, [10] = \"ten\", alpha = {x = true}, [\"two words\"] = 2, zeta = 1}\n")
  }

  @Test func aWideTableTakesOneEntryPerLine() throws {
    let text = try show("{first = string.rep('a', 30), second = {1, 2, 3}}", width: 40)
    #expect(
      text == """
        {
          first = "\(String(repeating: "a", count: 30))",
          second = {1, 2, 3}
        }

        """)
  }

  @Test func cyclesDepthAndLengthAreBounded() throws {
    #expect(
      try show("local t = {name = 'loop'}; t.self = t; return t")
        == "{name = \"loop\", self = <cycle>}\n")
    #expect(try show("{{{{{{1}}}}}}") == "{{{{{…}}}}}\n")
    let long = try show("local t = {} for i = 1, 250 do t[i] = i end return t", width: 10_000)
    #expect(long.hasSuffix("99, 100, … 150 more}\n"), "\(long)")
  }

  @Test func theFirstResultIsKeptInUnderscore() throws {
    _ = try show("{7, 8}")
    #expect(try show("_[2]") == "8\n")
    _ = try show("x = 1")
    _ = try show("nil")
    #expect(try show("_") == "8\n", "a statement, or nil, leaves _ alone")
  }

  @Test func modelObjectsOnOneLineAndArticlesAsATable() throws {
    let article = try show("corpus[1]")
    #expect(article.hasPrefix("Article "), "\(article)")
    #expect(!article.dropLast().contains("\n"))
    let sentence = try show("corpus[1].sentences[1]")
    #expect(sentence.hasPrefix("Sentence 1 of"), "\(sentence)")
    let table = try show("{corpus[1], corpus[1]}")
    #expect(table.hasPrefix("2 articles\n#  title"), "\(table)")
    let corpus = try show("corpus")
    #expect(corpus.hasPrefix("1 article\n"), "\(corpus)")
  }

  @Test func reportsAreRendered() throws {
    let text = try show(
      "local r = lede.report{title = 'Counts', columns = {{'word', 'string'}, {'n', 'integer'}}} r:add{'a', 1} return r"
    )
    #expect(text.hasPrefix("Counts\n======\n"), "\(text)")
  }

  @Test func jsonMode() throws {
    guard case .values(let values) = try runtime.evaluateForShell("{1, 2, {a = 'b'}}") else {
      return
    }
    let text = ValuePrinter(format: .json).render(values)
    #expect(text.contains("\"a\": \"b\""), "\(text)")
    #expect(text.hasPrefix("["))
  }
}
