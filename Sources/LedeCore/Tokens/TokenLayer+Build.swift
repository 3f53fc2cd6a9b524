extension TokenLayer {
  /// Computes the layer of a text from its tokens, sentences and blocks.
  package init(
    bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Sentence], blocks: [Block]
  ) {
    var (flags, keys, parts) = WordReader.columns(bytes, tokens)
    Self.markPossessiveMarks(bytes, tokens, &flags)
    Self.markStarts(sentences, &flags)
    Self.markQuotations(bytes, tokens, sentences, blocks, &flags)
    self.tokens = tokens
    self.sentences = sentences
    self.keys = keys
    self.parts = parts
    self.headline = Self.headlines(tokens, sentences, blocks, flags, parts, keys)
    self.flags = flags
  }

  /// `Wales'`, `the Philippines’`: a word in `s` followed straight by an apostrophe that no
  /// letter follows is possessive, and the mark is its ending (the tokenizer keeps a trailing
  /// apostrophe apart; `Possessive` reads it when it is inside the word).
  static func markPossessiveMarks(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ flags: inout [TokenFlags]
  ) {
    for t in tokens.indices.dropFirst() {
      let mark = tokens[t]
      let isApostrophe =
        mark.end - mark.start == 1 && bytes[mark.start] == 0x27
        || mark.end - mark.start == 3 && bytes[mark.start] == 0xE2 && bytes[mark.start + 1] == 0x80
          && bytes[mark.start + 2] == 0x99
      guard isApostrophe, !flags[t].contains(.spaceBefore), flags[t - 1].shape.isWord,
        flags[t - 1].possessiveLength == 0, bytes[tokens[t - 1].end - 1] | 0x20 == 0x73
      else { continue }
      if t + 1 < tokens.count, !flags[t + 1].contains(.spaceBefore) { continue }
      flags[t - 1].insert(.possessive)
      flags[t].insert(.possessiveMark)
    }
  }

  /// Sentence and block starts, and the initial words whose capital says nothing.
  static func markStarts(_ sentences: [Sentence], _ flags: inout [TokenFlags]) {
    var block = -1
    for sentence in sentences {
      let range = sentence.tokens.clamped(to: 0..<flags.count)
      guard let first = range.first else { continue }
      flags[first].insert(.sentenceStart)
      if sentence.block != block {
        flags[first].insert(.blockStart)
        block = sentence.block
      }
      var atStart = true
      for t in range {
        let shape = flags[t].shape
        if shape.isWord || shape == .number {
          if atStart { flags[t].insert(.initial) }
          atStart = false
        } else if shape == .openQuote || shape == .openSingle || shape == .dash
          || (shape == .straightQuote && atStart) || shape == .colon || shape == .openParen
        {
          atStart = atStart || shape == .colon || shape == .dash
        } else {
          atStart = false
        }
      }
    }
  }

  /// Per block, the one headline rule (`HeadlineCase`) over the words of four bytes or more;
  /// a hyphenated word counts by its parts (`President-elect` is one capital in two words).
  /// Lower-case words that are no function word and the block's last mark are counted too.
  static func headlines(
    _ tokens: [Token], _ sentences: [Sentence], _ blocks: [Block], _ flags: [TokenFlags],
    _ parts: [TokenPart], _ keys: [UInt64]
  ) -> [Bool] {
    let count = blocks.count
    var tallies = [HeadlineCase.Tally](repeating: HeadlineCase.Tally(), count: count)
    var p = 0
    for sentence in sentences where sentence.block < count {
      for t in sentence.tokens where t < flags.count {
        if flags[t].contains(.hyphenated) {
          while p < parts.count, Int(parts[p].token) < t { p += 1 }
          while p < parts.count, Int(parts[p].token) == t {
            let part = parts[p]
            p += 1
            guard part.shape != .other, part.end - part.start >= HeadlineCase.minimumWordLength
            else { continue }
            tallies[sentence.block].add(
              capitalised: part.shape != .lower, allCaps: part.shape == .allCaps)
          }
          continue
        }
        let shape = flags[t].shape
        if shape == .lower, !HeadlineCase.functionWords.contains(keys[t]) {
          tallies[sentence.block].lowerContent += 1
        }
        guard shape.isWord,
          tokens[t].end - flags[t].possessiveLength - tokens[t].start
            >= HeadlineCase.minimumWordLength
        else { continue }
        tallies[sentence.block].add(capitalised: shape.isCapitalized, allCaps: shape == .allCaps)
      }
    }
    for sentence in sentences where sentence.block < count {
      // The block's last sentence ends with a period, a question or an exclamation mark,
      // before any closing quotation marks or parentheses.
      var t = min(sentence.tokens.upperBound, flags.count) - 1
      while t >= sentence.tokens.lowerBound,
        flags[t].shape == .closeQuote
          || flags[t].shape == .closeSingle || flags[t].shape == .straightQuote
          || flags[t].shape == .closeParen
      {
        t -= 1
      }
      tallies[sentence.block].endsSentence =
        t >= sentence.tokens.lowerBound
        && (flags[t].shape == .period || flags[t].shape == .question)
    }
    return (0..<count).map { HeadlineCase.isHeadline(tallies[$0], role: blocks[$0].role) }
  }

  /// Sets `insideQuote` on the tokens between the quotation marks `QuoteMarks` pairs in each
  /// block.
  static func markQuotations(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ sentences: [Sentence],
    _ blocks: [Block], _ flags: inout [TokenFlags]
  ) {
    var s = 0
    while s < sentences.count {
      let block = sentences[s].block
      var last = s
      while last + 1 < sentences.count, sentences[last + 1].block == block { last += 1 }
      let range = sentences[s].tokens.lowerBound..<sentences[last].tokens.upperBound
      let blockEnd = block < blocks.count ? blocks[block].span.end : bytes.count
      if range.contains(where: { flags[$0].shape.isQuoteMark }) {
        let marks = QuoteMarks(tokens: tokens, flags: flags, bytes: bytes)
        for pair in marks.pairs(in: range, blockEnd: blockEnd) {
          for t in (pair.open + 1)..<(pair.close ?? range.upperBound) {
            flags[t].insert(.insideQuote)
          }
        }
      }
      s = last + 1
    }
  }
}
