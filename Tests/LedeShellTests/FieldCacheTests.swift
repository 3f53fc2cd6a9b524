import Foundation
import LedeCore
import LedeLua
import Testing

/// Cached article fields read as the host's own, nil included; errors still name the article
/// read last; `.timer` still counts every article once the cache is bypassed.
@Suite struct FieldCacheTests {
  let runtime: ScriptRuntime
  init() throws {
    let seeds = LedeBinary.root.appendingPathComponent("seeds").path
    let outcome = ArticleLoader().load([seeds])
    runtime = try ScriptRuntime(
      corpus: Corpus(outcome.articles), limits: Limits(interruptible: false))
  }

  func values(_ chunk: String) throws -> [LuaValue] {
    guard case .values(let values) = try runtime.session.evaluate(chunk) else { return [] }
    return values
  }

  @Test func cachedReadsMatchTheFirstReads() throws {
    let chunk = """
      (function()
        local first, again = {}, {}
        for round = 1, 2 do
          local out = round == 1 and first or again
          for i, a in ipairs(corpus:list()) do
            out[#out + 1] = table.concat({tostring(a.title), tostring(a.byline), tostring(a.date),
              tostring(a.source), tostring(a.path), a.format, a.id}, "|")
          end
        end
        return table.concat(first, "\\n"), table.concat(again, "\\n")
      end)()
      """
    let result = try values(chunk)
    #expect(result.count == 2)
    #expect(result.first == result.last)
    guard case .string(let text) = result.first else {
      Issue.record("no text")
      return
    }
    // Some seed has no byline: nil is cached as nil, not as a value.
    #expect(text.contains("|nil|"))
  }

  @Test func errorsNameTheArticleReadFromTheCache() throws {
    let chunk = "local l = corpus:list(); local x = l[2].title; x = l[1].title; x = l[2].title"
    try runtime.session.run(chunk, name: "warm")
    do {
      try runtime.session.run(chunk + "; error('stop')", name: "t")
      Issue.record("expected an error")
    } catch {
      #expect(error.article == runtime.bridge.articles[1].metadata.path)
    }
  }

  @Test func countingSeesCachedFields() throws {
    _ = try values("(function() for a in corpus:articles() do local _ = a.title end end)()")
    runtime.countScannedArticles()
    _ = try values("(function() for a in corpus:articles() do local _ = a.title end end)()")
    #expect(runtime.takeScannedArticles() == runtime.bridge.articles.count)
  }
}
