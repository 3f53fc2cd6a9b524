extension DateNormalizer {
  enum Word: Equatable {
    case number(Int, digits: Int)
    case word(String)
    case mark(Character)
  }

  /// Splits into numbers, lowercased words and punctuation; spaces only separate.
  static func words(_ text: String) -> [Word] {
    var result: [Word] = []
    var current = ""
    var currentIsNumber = false
    func flush() {
      guard !current.isEmpty else { return }
      if currentIsNumber, current.count <= 9, let value = Int(current) {
        result.append(.number(value, digits: current.count))
      } else {
        result.append(.word(current.lowercased()))
      }
      current = ""
    }
    for c in text {
      if c.isASCII && c.isNumber {
        if !currentIsNumber { flush() }
        currentIsNumber = true
        current.append(c)
      } else if c.isLetter {
        if currentIsNumber { flush() }
        currentIsNumber = false
        current.append(c)
      } else {
        flush()
        if !c.isWhitespace { result.append(.mark(c)) }
      }
    }
    flush()
    return result
  }

  /// `[weekday] day month year [time]`, `[weekday] month day year [time]`, or asctime's
  /// `weekday month day time year`; every word must be used.
  static func parseWords(_ text: String) -> Stamp? {
    var r = WordReader(words: words(text))
    if case .word(let w) = r.peek, weekdays.contains(w) {
      r.next()
      r.skip(marks: ",.")
    }
    var stamp: Stamp
    switch r.peek {
    case .number(let day, let n) where n <= 2:
      r.next()
      r.skipOrdinal()
      r.skip(marks: "-.")
      r.skip(word: "of")
      guard let month = r.month() else { return nil }
      r.skip(marks: ".-,")
      guard let year = r.year(allowShort: true) else { return nil }
      stamp = Stamp(year: year, month: month, day: day)
    case .word:
      guard let month = r.month() else { return nil }
      r.skip(marks: ".")
      guard case .number(let day, let n) = r.peek, n <= 2 else { return nil }
      r.next()
      r.skipOrdinal()
      r.skip(marks: ",")
      if let year = r.year(allowShort: false) {
        stamp = Stamp(year: year, month: month, day: day)
      } else {
        // asctime: `Wed Oct 18 09:30:00 2023`.
        guard let time = r.time(), let year = r.year(allowShort: false) else { return nil }
        stamp = Stamp(year: year, month: month, day: day, time: time)
        return r.isAtEnd && stamp.isValid ? stamp : nil
      }
    default:
      return nil
    }
    r.skip(marks: ",|-")
    r.skip(word: "at")
    if let time = r.time() {
      stamp.time = time
      stamp.offset = r.zone()
    }
    r.skip(marks: ".")
    return r.isAtEnd && stamp.isValid ? stamp : nil
  }

  /// A cursor over the words of a date.
  struct WordReader {
    var words: [Word]
    var index = 0

    var peek: Word? { index < words.count ? words[index] : nil }
    var isAtEnd: Bool { index >= words.count }

    mutating func next() { index += 1 }

    func peek(_ offset: Int) -> Word? {
      index + offset < words.count ? words[index + offset] : nil
    }

    mutating func skip(marks: String) {
      if case .mark(let c) = peek, marks.contains(c) { next() }
    }

    mutating func skip(word: String) {
      if case .word(word) = peek { next() }
    }

    mutating func skipOrdinal() {
      if case .word(let w) = peek, ["st", "nd", "rd", "th"].contains(w) { next() }
    }

    mutating func month() -> Int? {
      guard case .word(let w) = peek, let month = months[w] else { return nil }
      next()
      return month
    }

    /// Four digits, or two in RFC 822 dates (`18 Oct 23`): 00–49 are 2000s, 50–99 the 1900s.
    mutating func year(allowShort: Bool) -> Int? {
      guard case .number(let value, let n) = peek, n == 4 || (allowShort && n == 2) else {
        return nil
      }
      // A two-digit "year" followed by a colon is an hour.
      if n == 2, case .mark(":") = peek(1) { return nil }
      next()
      return n == 4 ? value : value < 50 ? 2000 + value : 1900 + value
    }

    /// `09:30`, `09:30:00`, `9:30 pm`, `9.30am`, `9 a.m.`.
    mutating func time() -> (hour: Int, minute: Int, second: Int)? {
      let start = index
      guard case .number(var hour, let n) = peek, n <= 2 else { return nil }
      next()
      var minute = 0
      var second = 0
      var separated = false
      if case .mark(let c) = peek, c == ":" || c == ".", case .number(let m, 2) = peek(1) {
        minute = m
        separated = true
        index += 2
        if case .mark(":") = peek, case .number(let s, 2) = peek(1) {
          second = s
          index += 2
          if case .mark(".") = peek, case .number = peek(1) { index += 2 }
        }
      }
      if let meridiem = meridiem() {
        guard (1...12).contains(hour) else {
          index = start
          return nil
        }
        hour = hour % 12 + (meridiem ? 12 : 0)
      } else if !separated {
        index = start
        return nil
      }
      return (hour, minute, second)
    }

    /// `am`/`pm`/`a.m.`/`p.m.`: true for the afternoon.
    private mutating func meridiem() -> Bool? {
      switch peek {
      case .word("am"): next(); skip(marks: "."); return false
      case .word("pm"): next(); skip(marks: "."); return true
      case .word(let w) where w == "a" || w == "p":
        guard case .mark(".") = peek(1), case .word("m") = peek(2) else { return nil }
        index += 3
        skip(marks: ".")
        return w == "p"
      default: return nil
      }
    }

    /// A zone name, `+0300`, `+03:00`, `GMT+3` or `(UTC)`; nil when there is none or it is
    /// unknown (the time then stays local).
    mutating func zone() -> Int? {
      let parenthesised: Bool
      if case .mark("(") = peek {
        parenthesised = true
        next()
      } else {
        parenthesised = false
      }
      defer { if parenthesised { skip(marks: ")") } }
      var base: Int?
      if case .word(let w) = peek, w.count <= 5 {
        next()
        base = zones[w]
        if base == nil { return nil }
      }
      if case .mark(let sign) = peek, sign == "+" || sign == "-" || sign == "−",
        case .number(let value, let n) = peek(1)
      {
        var seconds: Int
        switch n {
        case 4: seconds = value / 100 * 3600 + value % 100 * 60
        case 1, 2: seconds = value * 3600
        default: return base
        }
        index += 2
        if n <= 2, case .mark(":") = peek, case .number(let m, 2) = peek(1) {
          seconds += m * 60
          index += 2
        }
        return (base ?? 0) + (sign == "+" ? seconds : -seconds)
      }
      return base
    }
  }
}
