/// Whom the article's third-person pronouns of a known gender refer to, as the quote layer
/// reads them: the one rule for a `he`, `she`, `his` or `her`, which the stance layer reads too
/// (a rule exists once; it had its own, which disagreed with the speakers the quotes gave).
public struct PronounReferents: Sendable {
  /// The canonical name each resolved pronoun refers to, by its token in the token layer.
  let names: [Int32: String]

  /// The canonical name of the person the pronoun at token `t` refers to, if one was found.
  public func referent(at t: Int) -> String? {
    names[Int32(t)]
  }
}

extension Attribution {
  /// Every `he`, `him`, `his`, `she` and `her` of the article resolved with the quote layer's
  /// rule (`resolvePronoun`) and its speakers, once the quotes are found.
  ///
  /// Inside a direct quotation a pronoun is never its speaker (a speaker says "I": “She called
  /// on us …” in Sheppard’s words is someone else), so such a referent is left unknown.
  func pronounReferents() -> PronounReferents {
    let gendered: WordInfo = [.pronounMale, .pronounFemale]
    var names: [Int32: String] = [:]
    var q = 0
    for t in facts.indices where facts[t].shape.isWord && !facts[t].info.isDisjoint(with: gendered)
    {
      guard let name = resolvePronoun(t, block: scan.block(of: t), speaking: false)?.name else {
        continue
      }
      let start = Int(facts[t].start)
      while q < quotes.count, quotes[q].span.end <= start { q += 1 }
      if let inside = quotes[q...].prefix(while: { $0.span.start <= start }).first(where: {
        $0.kind == .direct && $0.span.end > start
      }), inside.speaker == name {
        continue
      }
      names[Int32(t)] = name
    }
    return PronounReferents(names: names)
  }
}
