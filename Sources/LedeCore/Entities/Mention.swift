/// A mention found by the recogniser, before it becomes an `Entity`: token ranges rather than
/// strings, and what coreference needs (role, gender, surname position).
struct Mention: Sendable {
  /// The name's tokens (titles excluded).
  var tokens: Range<Int>
  /// Where the mention is; usually the span of `tokens` without a possessive `’s`.
  var span: Span
  /// Nil while the kind is unknown; coreference and defaults settle it.
  var kind: EntityKind?
  var canonical: String?
  /// The last word of the title or role the person was introduced with (`president`).
  var role: UInt64?
  /// Further roles given in an apposition (`co-founder and chief executive`).
  var otherRoles: [UInt64] = []
  /// Nationalities or places that qualify the role (`Russian` in `Russian President`).
  var roleModifiers: [UInt64] = []
  var gender: Gender = .unknown
  /// A role phrase standing for a person (`the Russian president`), not a name.
  var isRolePhrase = false
  /// The name puts the family name first (`Kim Jong Un`).
  var surnameFirst = false
  /// Found in a headline or in capitals: kept only when the body confirms it.
  var needsConfirmation = false
}

/// The entities of an article with what the quote extractor needs to resolve speakers.
struct EntityAnalysis: Sendable {
  var mentions: [Mention]
  /// Gender of each person, by canonical name.
  var genders: [String: Gender]
  /// Role head (hash of the last title word) to the canonical names introduced with it.
  var roles: [UInt64: [String]]

  /// The entities, in text order.
  func entities(_ scan: ArticleScan) -> [Entity] {
    // A name longer than a small string (15 bytes) is a heap block: the article's entities
    // keep one of each, not one per mention, text and canonical name.
    var names = Set<String>()
    func shared(_ name: String) -> String {
      name.utf8.count <= 15 ? name : names.insert(name).memberAfterInsert
    }
    return mentions.compactMap { m in
      guard let kind = m.kind else { return nil }
      let text = shared(scan.text(m.span.start, m.span.end))
      let canonical = m.canonical.map(shared) ?? text
      // The referent's gender where coreference settled one, else this mention's own.
      var gender = kind == .person ? genders[canonical] ?? .unknown : .unknown
      if kind == .person, gender == .unknown { gender = m.gender }
      return Entity(text: text, kind: kind, span: m.span, canonical: canonical, gender: gender)
    }
  }

  /// The mention whose tokens include token `t`, if any.
  func mention(covering t: Int) -> Mention? {
    var low = 0
    var high = mentions.count
    while low < high {
      let mid = (low + high) / 2
      if mentions[mid].tokens.upperBound <= t { low = mid + 1 } else { high = mid }
    }
    var i = low
    while i < mentions.count, mentions[i].tokens.lowerBound <= t {
      if mentions[i].tokens.contains(t), mentions[i].kind != nil { return mentions[i] }
      i += 1
    }
    return nil
  }
}
