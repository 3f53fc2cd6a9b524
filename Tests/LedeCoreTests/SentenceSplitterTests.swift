import Foundation
import Testing

@testable import LedeCore

/// The sentences of `text` taken as one paragraph.
private func sentences(_ text: String) -> [String] {
  sentences(text, blocks: [Block(role: .paragraph, span: Span(start: 0, end: text.utf8.count))])
}

private func sentences(_ text: String, blocks: [Block]) -> [String] {
  let bytes = Array(text.utf8)
  return TextAnalyzer.analyze(text: text, blocks: blocks).sentences.map {
    String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self)
  }
}

/// Blocks for a plain-text article laid out like the seed: one block per non-empty line, the
/// first the title, the second the standfirst, `headings` as headings, the rest paragraphs.
private func lineBlocks(_ text: String, headings: Set<String>) -> [Block] {
  var blocks: [Block] = []
  var offset = 0
  for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
    let length = line.utf8.count
    defer { offset += length + 1 }
    guard !line.allSatisfy(\.isWhitespace) else { continue }
    let role: BlockRole =
      switch blocks.count {
      case 0: .title
      case 1: .standfirst
      default: headings.contains(String(line)) ? .heading : .paragraph
      }
    blocks.append(Block(role: role, span: Span(start: offset, end: offset + length)))
  }
  return blocks
}

@Suite struct SentenceSplitterTests {
  @Test func splitsAtTerminalsBeforeACapital() {
    #expect(
      sentences("Lavrov landed in Pyongyang. Was it a surprise? Hardly! Talks begin today.")
        == ["Lavrov landed in Pyongyang.", "Was it a surprise?", "Hardly!", "Talks begin today."])
  }

  @Test func keepsAClosingQuoteOrBracketWithTheSentence() {
    #expect(
      sentences(
        "He told his staff: “Go.” Next morning they left. (He declined to comment.) The talks ended."
      )
        == [
          "He told his staff: “Go.”", "Next morning they left.", "(He declined to comment.)",
          "The talks ended.",
        ])
    #expect(
      sentences("Officials called it ‘a crime.’ Kyiv disagreed.")
        == ["Officials called it ‘a crime.’", "Kyiv disagreed."])
  }

  @Test func keepsAQuoteAndItsAttributionTogether() {
    #expect(
      sentences("“Sanctions have done nothing for stability,” he added. Then he left.")
        == ["“Sanctions have done nothing for stability,” he added.", "Then he left."])
    #expect(
      sentences("“Stop!” she shouted. “Why now?” Putin asked. “Really?” The crowd laughed.")
        == ["“Stop!” she shouted.", "“Why now?” Putin asked.", "“Really?”", "The crowd laughed."])
    #expect(
      sentences("“Who is to blame?” Officials said they did not know.")
        == ["“Who is to blame?”", "Officials said they did not know."])
  }

  @Test func doesNotEndAtTitlesBeforeNames() {
    #expect(
      sentences(
        "Mr. Smith met Gen. Mark Milley and Sen. Elizabeth Warren in Washington. They spoke.")
        == [
          "Mr. Smith met Gen. Mark Milley and Sen. Elizabeth Warren in Washington.", "They spoke.",
        ])
  }

  @Test func doesNotEndAtAbbreviationsBeforeNumbers() {
    #expect(
      sentences(
        "The talks were held on Oct. 18 at No. 10 Downing St. in London. Nothing was agreed.")
        == [
          "The talks were held on Oct. 18 at No. 10 Downing St. in London.", "Nothing was agreed.",
        ])
  }

  @Test func endsAtAnAbbreviationBeforeASentenceStarter() {
    #expect(
      sentences(
        "The drones were made in the U.S. The next day the U.S. Congress voted on more aid.")
        == [
          "The drones were made in the U.S.", "The next day the U.S. Congress voted on more aid.",
        ])
    #expect(
      sentences("The meeting began at 10 a.m. Moscow time. It ended at 2 p.m. He left at once.")
        == ["The meeting began at 10 a.m. Moscow time.", "It ended at 2 p.m.", "He left at once."])
    #expect(
      sentences("ALEXANDRIA, Va. (AP) — A jury met. It ruled in the U.S. “We accept it,” he said.")
        == [
          "ALEXANDRIA, Va. (AP) — A jury met.", "It ruled in the U.S.", "“We accept it,” he said.",
        ])
    #expect(
      sentences("Apple Inc. CEO Tim Cook spoke for Apple Inc. The company declined to comment.")
        == ["Apple Inc. CEO Tim Cook spoke for Apple Inc.", "The company declined to comment."])
  }

  @Test func neverEndsAtInitials() {
    #expect(
      sentences("President George W. Bush praised J. R. R. Tolkien. Critics did not.")
        == ["President George W. Bush praised J. R. R. Tolkien.", "Critics did not."])
  }

  @Test func endsAtAnEllipsisOnlyBeforeACapital() {
    #expect(
      sentences("Peace will come … eventually, he said. Nobody replied … The room fell silent.")
        == ["Peace will come … eventually, he said.", "Nobody replied …", "The room fell silent."])
    #expect(sentences("He paused... then went on.") == ["He paused... then went on."])
  }

  @Test func doesNotEndAtDecimalsOrVersions() {
    #expect(
      sentences("Growth slowed to 3.5 percent from 4.1 percent. Version 2.0.1 fixed it.")
        == ["Growth slowed to 3.5 percent from 4.1 percent.", "Version 2.0.1 fixed it."])
  }

  @Test func doesNotEndBeforeALowercaseWord() {
    #expect(sentences("He cited e.g. tariffs. and quotas") == ["He cited e.g. tariffs. and quotas"])
    #expect(
      sentences("Exports fell 12 p.c. last year. 2024 was worse.")
        == ["Exports fell 12 p.c. last year.", "2024 was worse."])
  }

  @Test func startsSentencesWithNumbersQuotesAndCurrency() {
    #expect(
      sentences("Aid was pledged. $5bn is on the table. “We agreed,” he said. 2023 was hard.")
        == ["Aid was pledged.", "$5bn is on the table.", "“We agreed,” he said.", "2023 was hard."])
  }

  @Test func treatsNewlinesInsideABlockAsSpaces() {
    #expect(
      sentences("The talks were\nhard-wrapped by the wire. They\nended late.")
        == ["The talks were\nhard-wrapped by the wire.", "They\nended late."])
  }

  @Test func endsAtFullWidthTerminatorsWithoutSpace() {
    #expect(sentences("普京会见了金正恩。双方签署了协议。") == ["普京会见了金正恩。", "双方签署了协议。"])
  }

  @Test func keepsSentencesInsideTheirBlocks() {
    let text =
      "Lavrov visits Pyongyang. Kim waits\nDeepening ties\nKim met Putin. They talked\nNo end"
    let blocks = lineBlocks(text, headings: ["Deepening ties"])
    let layers = TextAnalyzer.analyze(text: text, blocks: blocks)
    #expect(
      sentences(text, blocks: blocks)
        == [
          "Lavrov visits Pyongyang. Kim waits", "Deepening ties", "Kim met Putin.", "They talked",
          "No end",
        ])
    #expect(layers.sentences.map(\.block) == [0, 1, 2, 2, 3])
    // Token ranges tile the tokens, and each sentence's tokens lie inside its span.
    #expect(layers.sentences.first?.tokens.lowerBound == 0)
    #expect(layers.sentences.last?.tokens.upperBound == layers.tokens.count)
    for (sentence, following) in zip(layers.sentences, layers.sentences.dropFirst()) {
      #expect(sentence.tokens.upperBound == following.tokens.lowerBound)
    }
    for sentence in layers.sentences {
      #expect(sentence.tokens.allSatisfy { sentence.span.contains(layers.tokens[$0].span) })
      #expect(blocks[sentence.block].span.contains(sentence.span))
    }
  }

  @Test func splitsTheSeedArticleLikeTheFixture() throws {
    let here = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
    let seed = here.appendingPathComponent("../../seeds/lavrov-visits-north-korea.txt").standardized
    let fixture = here.appendingPathComponent("Fixtures/seed-sentences.txt")
    let text = try String(contentsOf: seed, encoding: .utf8)
    let expected = try String(contentsOf: fixture, encoding: .utf8)
      .split(separator: "\n").map(String.init)
      .split(separator: "--").map(Array.init)

    let blocks = lineBlocks(text, headings: ["Deepening ties"])
    let layers = TextAnalyzer.analyze(text: text, blocks: blocks)
    let bytes = Array(text.utf8)
    var actual: [[String]] = []
    var lastBlock = -1
    for sentence in layers.sentences {
      let role = blocks[sentence.block].role
      guard role != .title, role != .heading else { continue }
      if sentence.block != lastBlock { actual.append([]) }
      lastBlock = sentence.block
      actual[actual.count - 1].append(
        String(decoding: bytes[sentence.span.start..<sentence.span.end], as: UTF8.self))
    }

    #expect(actual.count == expected.count, "expected the standfirst and 14 paragraphs")
    for (group, (got, want)) in zip(actual, expected).enumerated() {
      let name = group == 0 ? "the standfirst" : "paragraph \(group)"
      #expect(got.count == want.count, "\(name): \(got.count) sentences, expected \(want.count)")
      for (index, (gotSentence, wantSentence)) in zip(got, want).enumerated()
      where gotSentence != wantSentence {
        Issue.record(
          "\(name), sentence \(index + 1):\n  got:      \(gotSentence)\n  expected: \(wantSentence)"
        )
      }
    }
  }
}
