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
    // By index into a reserved list: `compactMap` copied each mention into its closure.
    var entities: [Entity] = []
    entities.reserveCapacity(mentions.count)
    for i in mentions.indices {
      guard let kind = mentions[i].kind else { continue }
      let span = mentions[i].span
      let text = shared(scan.text(span.start, span.end))
      let canonical = mentions[i].canonical.map(shared) ?? text
      // The referent's gender where coreference settled one, else this mention's own.
      var gender = kind == .person ? genders[canonical] ?? .unknown : .unknown
      if kind == .person, gender == .unknown { gender = mentions[i].gender }
      entities.append(
        Entity(text: text, kind: kind, span: span, canonical: canonical, gender: gender))
    }
    return entities
  }

  /// The mention whose tokens include token `t`, if any.
  ///
  /// Searched through a buffer: the quote rules ask it 45,000 times on 200 PolNeAR train texts,
  /// and the array's bounds checks were most of the search's 7.9M instructions.
  func mention(covering t: Int) -> Mention? {
    mentions.withUnsafeBufferPointer { mentions in
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
}
