import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The shell on a pseudo-terminal, driven key by key as a person would: every test waits for
/// the prompt before typing.
@Suite struct TerminalSessionTests {
  static let article = "seeds/lavrov-visits-north-korea.txt"

  @Test func anExpressionPrintsItsValue() throws {
    let shell = try PTY([Self.article])
    #expect(shell.expect("lede> "), "no prompt: \(shell.transcript)")
    shell.send("1 + 1\r")
    #expect(shell.expect("1 + 1\n2\n"), "\(shell.transcript)")
    shell.send("{1, 2, name = \"x\"}\r")
    #expect(shell.expect("{1, 2, name = \"x\"}\n"), "\(shell.transcript)")
    shell.send("_.name\r")
    #expect(shell.expect("\"x\""), "\(shell.transcript)")
  }

  @Test func aFunctionDefinedOverSeveralLines() throws {
    let shell = try PTY([Self.article])
    #expect(shell.expect("lede> "))
    shell.send("function double(x)\r")
    #expect(shell.expect("...>"), "no continuation prompt: \(shell.transcript)")
    shell.send("  return x * 2\r")
    #expect(shell.expect("...>"))
    shell.send("end\r")
    #expect(shell.expect("lede> "))
    shell.send("double(21)\r")
    #expect(shell.expect("\n42\n"), "\(shell.transcript)")
  }

  @Test func tabCompletesAFieldOfAnArticle() throws {
    let shell = try PTY([Self.article])
    #expect(shell.expect("lede> "))
    shell.send("corpus[1].ti\t")
    #expect(shell.expect("corpus[1].title"), "no completion: \(shell.transcript)")
    shell.send("\r")
    #expect(shell.expect("Lavrov visits North Korea"), "\(shell.transcript)")
    #expect(shell.expect("lede> "))
    shell.send("corpus[1]:wo\t")
    #expect(shell.expect("corpus[1]:words"), "no method completion: \(shell.transcript)")
  }

  @Test func tabCompletesAfterCallsFromTheDeclaredResult() throws {
    let shell = try PTY([Self.article])
    #expect(shell.expect("lede> "))
    // Nothing is called to complete: a global set by a call would show it.
    shell.send("function boom() called = true return corpus end\r")
    #expect(shell.expect("lede> "))
    shell.send("corpus[1]:quotes()[1].spe\t")
    #expect(shell.expect("corpus[1]:quotes()[1].speaker"), "no completion: \(shell.transcript)")
    shell.send("\u{15}corpus:search(\"Lavrov\")[1]:ent\t")
    #expect(shell.expect("[1]:entities"), "no completion: \(shell.transcript)")
    shell.send("\u{15}boom():sea\t")
    #expect(!shell.expect("boom():search", timeout: 1), "\(shell.transcript)")
    shell.send("\u{15}return called\r")
    #expect(shell.expect("\nnil\n"), "the call was evaluated: \(shell.transcript)")
  }

  @Test func ctrlRSearchesTheHistoryWithAReadablePrompt() throws {
    let shell = try PTY([Self.article])
    #expect(shell.expect("lede> "))
    shell.send("return 'first entry'\r")
    #expect(shell.expect("lede> "))
    shell.send("return 40 + 2\r")
    #expect(shell.expect("lede> "))
    shell.send("\u{12}first")
    #expect(shell.expect("(history search) 'first': "), "\(shell.transcript)")
    #expect(!shell.transcript.contains("bck:"))
    shell.send("\r")
    #expect(shell.expect("\"first entry\""), "\(shell.transcript)")
  }

  @Test func tabCompletesCommandsAndPlugins() throws {
    let shell = try PTY([Self.article])
    #expect(shell.expect("lede> "))
    shell.send(".rep\t")
    #expect(shell.expect(".report "), "\(shell.transcript)")
    shell.send("overv\t")
    #expect(shell.expect("overview "), "\(shell.transcript.debugDescription)")
  }

  @Test func ctrlCStopsARunawayLoopAndKeepsTheSession() throws {
    let shell = try PTY([Self.article])
    #expect(shell.expect("lede> "))
    shell.send("kept = 7\r")
    #expect(shell.expect("lede> "))
    shell.send("print('spinning') while true do end\r")
    #expect(shell.expect("spinning\n"), "\(shell.transcript)")
    shell.send("\u{3}")
    #expect(shell.expect("interrupted"), "\(shell.transcript)")
    #expect(shell.expect("lede> "))
    shell.send("kept + 1\r")
    #expect(shell.expect("\n8\n"), "session lost: \(shell.transcript)")
  }

  @Test func ctrlCAtThePromptClearsTheLineAndNeverExits() throws {
    let shell = try PTY([Self.article])
    #expect(shell.expect("lede> "))
    shell.send("return 'unfinished")
    #expect(shell.expect("unfinished"))
    shell.send("\u{3}")
    #expect(shell.expect("lede> "), "\(shell.transcript)")
    // Several in a row: none may take the exit meant for code stuck in a run. Signals in a
    // burst may be merged or land while the next prompt is drawn, so the test only asks that
    // the shell is still there and a fresh line then works.
    shell.send("\u{3}\u{3}\u{3}")
    shell.settle(0.5)
    shell.send("\u{3}")
    shell.settle(0.5)
    var answered = false
    for _ in 0..<3 where !answered {
      shell.send("\u{15}return 5\r")
      answered = shell.expect("\n5\n", timeout: 7)
    }
    #expect(answered, "\(shell.transcript)")
    #expect(!shell.transcript.contains("unfinished\n"))
    #expect(shell.waitForExit(timeout: 0.2) == nil, "the shell exited: \(shell.transcript)")
  }

  @Test func nonASCIITextEditsAndRoundTrips() throws {
    let shell = try PTY([Self.article])
    #expect(shell.expect("lede> "))
    shell.send("s = \"Zaporizhzhia café Пхеньян\"\r")
    #expect(shell.expect("lede> "))
    shell.send("s\r")
    #expect(shell.expect("\"Zaporizhzhia café Пхеньян\""), "\(shell.transcript)")
    #expect(shell.expect("lede> "))
    // Ctrl-B moves back one character (a whole Cyrillic letter), Backspace deletes one.
    shell.send("return \"Пхеньянж\"\u{2}\u{7F}\r")
    #expect(shell.expect("\"Пхеньян\"\n"), "\(shell.transcript)")
    #expect(shell.expect("lede> "))
    shell.send("#\"café\"\r")
    #expect(shell.expect("\n5\n"), "\(shell.transcript)")
  }

  @Test func historySurvivesKill9() throws {
    let home = try PTY.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: home) }
    let first = try PTY([Self.article], home: home)
    #expect(first.expect("lede> "))
    first.send("x = 41\r")
    #expect(first.expect("lede> "))
    first.send("function f()\r")
    #expect(first.expect("...>"))
    first.send("return x + 1 end\r")
    #expect(first.expect("lede> "))
    first.send(" secret = 1\r")
    #expect(first.expect("lede> "))
    first.signal(SIGKILL)
    #expect(first.waitForExit() != nil)
    let saved = try String(contentsOfFile: first.historyPath, encoding: .utf8)
    #expect(saved == "x = 41\nfunction f()\\nreturn x + 1 end\n", "history: \(saved)")

    // The next session finds the entries: Ctrl-R searches them.
    let second = try PTY([Self.article], home: home)
    #expect(second.expect("lede> "))
    second.send("\u{12}x = 4")
    second.settle(0.3)
    second.send("\r")
    #expect(second.expect("lede> "))
    second.send("x\r")
    #expect(second.expect("\n41\n"), "\(second.transcript)")
  }

  @Test func ctrlDExitsZeroAndRestoresTheTerminal() throws {
    let shell = try PTY([Self.article])
    #expect(shell.expect("lede> "))
    shell.send("1\r")
    #expect(shell.expect("lede> "))
    shell.send("\u{4}")
    #expect(shell.waitForExit() == 0, "\(shell.transcript)")
    let modes = try #require(shell.terminalModes)
    #expect(modes.c_lflag & tcflag_t(ICANON) != 0, "left in raw mode")
    #expect(modes.c_lflag & tcflag_t(ECHO) != 0, "left without echo")
  }

  @Test func sigtermAtThePromptRestoresTheTerminal() throws {
    let shell = try PTY([Self.article])
    #expect(shell.expect("lede> "))
    shell.send("abc")
    #expect(shell.expect("abc"))
    shell.signal(SIGTERM)
    #expect(shell.waitForExit() != nil)
    let modes = try #require(shell.terminalModes)
    #expect(modes.c_lflag & tcflag_t(ICANON) != 0, "left in raw mode")
  }

  @Test func dotCommandsOnTheTerminal() throws {
    let shell = try PTY([Self.article])
    #expect(shell.expect("lede> "))
    shell.send(".articles\r")
    #expect(shell.expect("1 article\n"), "\(shell.transcript)")
    #expect(shell.expect("lede> "))
    shell.send(".lod seeds\r")
    #expect(shell.expect("Did you mean '.load'?"), "\(shell.transcript)")
    #expect(shell.expect("lede> "))
    shell.send(".load seeds/council-budget.md\r")
    #expect(shell.expect("2 in the session"), "\(shell.transcript)")
    #expect(shell.expect("lede> "))
    shell.send("#corpus\r")
    #expect(shell.expect("\n2\n"), "\(shell.transcript)")
  }
}
