import Foundation
import LedeCore
import LedeLua
import Testing

/// Methods found by the shim's `__index`, without the host: they are the host's functions, other
/// keys still reach the host, errors name the article whose method was read, `.timer` counts
/// it, and a sentence's tone is its own whichever article was scored before.
@Suite struct MethodLookupTests {
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

  @Test func methodsAndFieldsOfEachKind() throws {
    let chunk = """
      (function()
        local a = corpus[1]
        local s = a.sentences[1]
        local toks = a:tokens()
        return type(s.sentiment), type(s.text), type(corpus.filter), type(corpus[1]),
          type(toks[1]), toks.nosuch == nil, type(a.quotes), type(a.text)
      end)()
      """
    #expect(
      try values(chunk) == [
        .string("function"), .string("string"), .string("function"), .string("userdata"),
        .string("userdata"), .boolean(true), .string("function"), .string("string"),
      ])
  }

  @Test func unknownSentenceFieldStillFails() throws {
    do {
      try runtime.session.run("local x = corpus[1].sentences[1].nosuch", name: "t")
      Issue.record("expected an error")
    } catch {
      #expect("\(error)".contains("no field 'nosuch' in Sentence"))
    }
  }

  @Test func errorsNameTheArticleWhoseMethodWasRead() throws {
    let chunk = "local l = corpus:list(); local x = l[1].title; x = l[2].quotes; x = l[1].title"
    try runtime.session.run(chunk, name: "warm")
    do {
      try runtime.session.run(
        "local l = corpus:list(); local x = l[1].title; x = l[2].quotes; error('stop')", name: "t")
      Issue.record("expected an error")
    } catch {
      #expect(error.article == runtime.bridge.articles[1].metadata.path)
    }
  }

  @Test func countingSeesMethodReads() throws {
    _ = try values("(function() for a in corpus:articles() do local _ = a.quotes end end)()")
    runtime.countScannedArticles()
    _ = try values("(function() for a in corpus:articles() do local _ = a.quotes end end)()")
    #expect(runtime.takeScannedArticles() == runtime.bridge.articles.count)
  }

  @Test func sentenceTonesDoNotDependOnTheOrderOfArticles() throws {
    // Article by article, then alternating between the first two articles' sentences: the
    // bridge keeps only the tones of the article scored last.
    let chunk = """
      (function()
        local l = corpus:list()
        local one, two = l[1].sentences, l[2].sentences
        local ordered = {}
        for _, s in ipairs(one) do ordered[#ordered + 1] = s:sentiment().compound end
        for _, s in ipairs(two) do ordered[#ordered + 1] = s:sentiment().compound end
        local mixed = {}
        for i = 1, math.max(#one, #two) do
          if one[i] then mixed[i] = one[i]:sentiment().compound end
          if two[i] then mixed[#one + i] = two[i]:sentiment().compound end
        end
        for i = 1, #ordered do
          if ordered[i] ~= mixed[i] then return false end
        end
        return #ordered > 2
      end)()
      """
    #expect(try values(chunk) == [.boolean(true)])
  }
}
