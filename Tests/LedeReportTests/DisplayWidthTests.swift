import Testing

@testable import LedeReport

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("Zaporizhzhia", 12),
    ("Пхеньян", 7),
    ("평양", 4),
    ("日本語", 6),
    ("ｆｕｌｌ", 8),
    ("e\u{301}te\u{301}", 3),  // combining acute accents take no cell
    ("\u{1112}\u{1161}\u{11AB}", 2),  // 한 as conjoining jamo: one wide cell
    ("a\u{200B}b", 2),  // zero-width space
    ("👍", 2),
    ("👨‍👩‍👧", 2),  // ZWJ sequence draws as one emoji
    ("🇺🇦", 2),
    ("❤️", 2),  // emoji presentation selector
    ("", 0),
  ])
  func measures(text: String, width: Int) {
    #expect(DisplayWidth.of(text) == width)
  }

  @Test func truncatesByCellsWithEllipsis() {
    #expect(DisplayWidth.truncate("Zaporizhzhia", toWidth: 8) == "Zaporiz…")
    #expect(DisplayWidth.truncate("평양평양", toWidth: 5) == "평양…")
    #expect(DisplayWidth.truncate("평양평양", toWidth: 4) == "평…")
    #expect(DisplayWidth.truncate("short", toWidth: 5) == "short")
    #expect(DisplayWidth.truncate("two words", toWidth: 5) == "two…")
    // Never splits a character from its combining mark.
    #expect(DisplayWidth.truncate("e\u{301}e\u{301}e\u{301}", toWidth: 2) == "e\u{301}…")
  }

  @Test func pathsKeepTheirEnd() {
    // Paths in one report share their start; their end tells them apart.
    #expect(
      DisplayWidth.fit("/work/corpus/news/docs/0412.txt", toWidth: 12) == "…cs/0412.txt")
    #expect(DisplayWidth.fit("x.jsonl:17", toWidth: 12) == "x.jsonl:17")
    // A file in the current folder: its name, maybe with a line, is a path too.
    #expect(
      DisplayWidth.fit("reuters-harbour-archive-2024.jsonl:12", toWidth: 20)
        == "…chive-2024.jsonl:12")
    #expect(DisplayWidth.fit("reuters-harbour-2024.txt", toWidth: 12) == "…ur-2024.txt")
    // A version or an amount is no file name.
    #expect(DisplayWidth.fit("Lede-version-2.0.15", toWidth: 10) == "Lede-vers…")
    // Text with a space is prose, not a path: it keeps its start.
    #expect(DisplayWidth.fit("Kyiv and/or Lviv", toWidth: 9) == "Kyiv and…")
    #expect(DisplayWidth.fit("Zaporizhzhia", toWidth: 8) == "Zaporiz…")
  }

  @Test func padsByCells() {
    #expect(DisplayWidth.pad("평양", toWidth: 6) == "평양  ")
    #expect(DisplayWidth.pad("7", toWidth: 3, alignRight: true) == "  7")
  }

  @Test func wrapsByCells() {
    #expect(TextWrap.lines("one two three four", width: 9) == ["one two", "three", "four"])
    #expect(TextWrap.lines("평양평양평양", width: 4) == ["평양", "평양", "평양"])
    #expect(TextWrap.lines("a\nb", width: 10) == ["a", "b"])
    #expect(TextWrap.lines("a\tb\u{1B}[2Jc", width: 10) == ["a b [2Jc"])
  }
}
