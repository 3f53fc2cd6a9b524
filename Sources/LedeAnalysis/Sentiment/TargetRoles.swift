/// Where a target stands in its sentence, read from word order and function words (Lede has
/// no parser): subject, object of a verb, complement of a preposition, agent after "by";
/// whether it is a speaker; whether an apposition or relative clause describes it.
struct TargetRoles {
  enum Position: Equatable {
    /// Starts its clause: what follows is its predicate.
    case subject
    /// Follows a verb (the token index): "sentenced X", "helping X".
    case object(Int)
    /// The agent of a passive verb (the token index): "imposed by X".
    case agent(Int)
    /// The patient of an act named before "against"/"at": "testified against X".
    case against(Int)
    /// After a preposition: "in Kyiv", "parts of Kharkiv".
    case complement
  }

  var position = Position.subject
  /// The reporting or speech-act verb whose speaker is the target ("X said", "said X",
  /// "according to X", "X condemned …").
  var speakerVerb: Int?
  /// The speaker's verb comes before the target ("…, said X").
  var speakerBefore = false
  /// The tokens of an apposition or relative clause right after the target ("X, which …,").
  var apposition: Range<Int> = 0..<0
  /// The target is inside a quotation.
  var targetQuoted = false

  init(_ tokens: UnsafeBufferPointer<SentimentToken>, target: ClosedRange<Int>) {
    let first = target.lowerBound
    let last = target.upperBound
    targetQuoted = tokens[first].traits.contains(.quoted)
    position = TargetRoles.position(tokens, first: first)
    // ", which …," / ", a spokesman for …," after a subject.
    if position == .subject && tokens[last].edges.contains(.clauseEnd)
      && !tokens[last].edges.contains(.sentenceEnd)
    {
      var end = last + 1
      while end < tokens.count && end < last + 25 {
        if !tokens[end].edges.isDisjoint(with: [.clauseEnd, .sentenceEnd]) { break }
        end += 1
      }
      if end < tokens.count && !tokens[end].edges.contains(.sentenceEnd) {
        apposition = (last + 1)..<(end + 1)
      }
    }
    findSpeaker(tokens, first: first, last: last)
  }

  /// The position from the words before the target, skipping determiners and coordination
  /// ("Japan and South Korea have…" is a subject; "from Houston and San Antonio" is not).
  private static func position(_ tokens: UnsafeBufferPointer<SentimentToken>, first: Int)
    -> Position
  {
    var p = first - 1
    while true {
      while p >= 0 && tokens[p].role == .article
        && tokens[p].edges.isDisjoint(with: [.clauseEnd, .sentenceEnd])
      {
        p -= 1
      }
      guard p >= 0 else { return .subject }
      let token = tokens[p]
      if !token.edges.isDisjoint(with: [.clauseEnd, .sentenceEnd]) { return .subject }
      if token.role.isConjunction {
        // Skip the conjunct before: names, determiners.
        var q = p - 1
        while q >= 0 && !tokens[q].traits.isDisjoint(with: [.masked, .capitalized, .upper])
          && !tokens[q].edges.contains(.sentenceEnd)
        {
          q -= 1
        }
        if q == p - 1 { return .subject }
        p = q
        continue
      }
      switch token.role {
      case .that, .relative, .but, .contrast, .reporting, .asWord: return .subject
      case .by:
        return .agent(verb(before: p, tokens) ?? p)
      case .against:
        return .against(verb(before: p, tokens) ?? p)
      case .at:
        if let verb = verb(before: p, tokens), tokens[verb].role == .speechAct {
          return .against(verb)
        }
        return .complement
      default:
        if token.role.isPreposition { return .complement }
        // A verb before the target makes it an object ("sentenced X", "helping X"); a title
        // or another name makes it a subject ("defender X", "Chief Executive X").
        let isVerb =
          token.hasValence || token.traits.contains(.verbForm) || token.role == .speechAct
          || token.role == .judgement
        return isVerb && token.traits.isDisjoint(with: [.masked, .capitalized, .upper])
          ? .object(p) : .subject
      }
    }
  }

  /// The nearest word before `p` (within three) that could be the verb of a complement.
  private static func verb(before p: Int, _ tokens: UnsafeBufferPointer<SentimentToken>) -> Int? {
    var q = p - 1
    while q >= 0 && q >= p - 4 {
      let token = tokens[q]
      if token.hasValence || token.role == .speechAct || token.role == .judgement { return q }
      if !token.edges.isDisjoint(with: [.clauseEnd, .sentenceEnd]) { return nil }
      q -= 1
    }
    return nil
  }

  private mutating func findSpeaker(
    _ tokens: UnsafeBufferPointer<SentimentToken>, first: Int, last: Int
  ) {
    // "X said", "X, a spokesman for …, said", "X has repeatedly said", "X condemned".
    var j = last + 1
    var passive = false
    while j < tokens.count && j <= last + 14 {
      let role = tokens[j].role
      if role == .be { passive = true }
      if (role == .speechAct || role == .judgement) && passive {
        // "X was praised", "X, which was accused of …": X is the patient.
        return
      }
      if role == .reporting || role == .speechAct || role == .judgement {
        // The agent of a report, a speech act or a judgement: what follows is about others.
        // ("… in Tripoli, Health Ministry says": a complement is not the speaker.)
        if position != .complement {
          speakerVerb = j
          position = .subject
        }
        return
      }
      if tokens[j].traits.contains(.quoted) != targetQuoted { break }
      if !tokens[j - 1].edges.isDisjoint(with: [.sentenceEnd, .semicolon]) { break }
      if tokens[j].role == .but || tokens[j].role == .contrast || tokens[j].role == .that { break }
      if !apposition.contains(j) && j > last + 4 { break }
      j += 1
    }
    // "…, said X", "according to X", "told X" (a listener is no more the topic).
    var p = first - 1
    if p >= 0 && tokens[p].role == .article { p -= 1 }
    if p >= 0 && tokens[p].role == .reporting {
      speakerVerb = p
      speakerBefore = true
    } else if p >= 1 && tokens[p].role == .preposition && tokens[p - 1].role == .reporting {
      speakerVerb = p - 1
      speakerBefore = true
    }
  }

  /// The structures in which the rules are sure who judges whom.
  struct Sure: OptionSet, Sendable {
    let rawValue: UInt8
    init(rawValue: UInt8) { self.rawValue = rawValue }
    /// A speaker or the agent of a speech act ("X said", "X condemned").
    static let speaker = Sure(rawValue: 1)
    /// What a judgement or a speech act is about ("praised X", "testified against X").
    static let judged = Sure(rawValue: 2)
    /// A setting ("in Kyiv").
    static let setting = Sure(rawValue: 4)
    /// The agent of a negative speech act or judgement only ("X condemned Y", "X fired Y"), not
    /// a reporter ("X said"): a critic is not portrayed by its own criticism. The agent of
    /// praise ("X thanked Y") is no critic: thanking or vowing is conduct the sentence shows of
    /// it; nor is the agent of a neutral act ("X called Y …", "X urged Y"), whose verb does not
    /// say whether it criticises, praises or asks.
    static let critic = Sure(rawValue: 8)
  }

  /// Whether the structure is one of `kinds`.
  func isSure(_ tokens: UnsafeBufferPointer<SentimentToken>, _ kinds: Sure) -> Bool {
    if let verb = speakerVerb {
      if kinds.contains(.speaker) { return true }
      return kinds.contains(.critic) && !speakerBefore
        && (tokens[verb].role == .speechAct || tokens[verb].role == .judgement)
        && tokens[verb].hasValence && tokens[verb].valence < 0
    }
    switch position {
    case .complement: return kinds.contains(.setting)
    case .against: return kinds.contains(.judged)
    case .object(let verb):
      return kinds.contains(.judged)
        && (tokens[verb].role == .speechAct || tokens[verb].role == .judgement)
    case .subject, .agent: return false
    }
  }

  /// Whether token `i` is what the speaker says: quoted, or reported after (or before) the verb.
  func isSpeech(_ i: Int, tokens: UnsafeBufferPointer<SentimentToken>, verb: Int) -> Bool {
    if tokens[i].traits.contains(.quoted) && !targetQuoted { return true }
    return speakerBefore ? i < verb : i > verb
  }
}
