import LedeLua
import Testing

@testable import LedeShell

@Suite struct ParsingTests {
  @Test func dotCommandWords() {
    let line = DotCommandLine(#"  .report overview "title=Two words" top=3"#)
    #expect(line?.name == "report")
    #expect(line?.arguments == ["overview", "title=Two words", "top=3"])
    #expect(DotCommandLine("x = 1") == nil)
    #expect(
      DotCommandLine(#".search Lavrov "North Korea" -sport"#)?.arguments == [
        #"Lavrov "North Korea" -sport"#
      ])
    #expect(DotCommandLine(#".load my\ file.txt 'b c'"#)?.arguments == ["my file.txt", "b c"])
  }

  @Test func luaExpressionsBeforeTheCursor() {
    let e = LuaExpression("x = corpus[1].sentences[\"2\"]:to")
    #expect(e?.path == [.name("corpus"), .index(1), .field("sentences"), .field("2")])
    #expect(e?.separator == ":")
    #expect(e?.word == "to")
    #expect(LuaExpression("print('corpus.") == nil)
    #expect(LuaExpression("pri")?.path == [])
  }

  @Test func errorPositionsShiftedToTheWholeInput() {
    #expect(ErrorText.shift("stdin:3: boom", by: 10) == "stdin:13: boom")
    #expect(
      ErrorText.shift("x\n\tstdin:1: in function 'f'\n\tmystdin:2: no", by: 4)
        == "x\n\tstdin:5: in function 'f'\n\tmystdin:2: no")
    #expect(ErrorText.shift("stdin:x: no", by: 4) == "stdin:x: no")
  }
}
