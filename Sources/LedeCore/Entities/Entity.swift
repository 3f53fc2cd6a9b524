/// What an entity is: a person, an organisation, a place or a group of people.
public enum EntityKind: String, Sendable, CaseIterable, CustomStringConvertible {
  /// A named person, or a role phrase resolved to one (`the Russian president`).
  case person
  /// A company, institution, party, armed force, news outlet or other body.
  case organization
  /// A place name the place lexicon passed to the recogniser (the gazetteer) knows.
  case place
  /// A nationality or other group of people (`Russian`, `North Koreans`, `Ukrainian forces`).
  case group

  public var description: String { rawValue }
}

/// One mention of a named entity in an article.
///
/// Mentions of one referent share `canonical`: `Lavrov`, `Sergey Lavrov` and
/// `Russian Foreign Minister Sergey Lavrov` are all `Sergey Lavrov`; titles are not part of
/// `text` or `canonical`.
///
/// A corpus holds one mention for every 70 bytes of news, so the span and kind are packed into
/// 8 bytes as in `Token` (a 32-bit offset, a 24-bit length and the kind): 40 bytes a mention,
/// where `Int` offsets took 56. No mention is 16 MB long.
public struct Entity: Hashable, Sendable {
  /// The text of the mention, as it appears in the article.
  public var text: String
  /// The name all mentions of this referent share: the longest full name, without titles.
  public var canonical: String
  private var start: UInt32
  private var lengthAndKind: UInt32

  /// Creates a mention.
  public init(
    text: String, kind: EntityKind, span: Span, canonical: String, gender: Gender = .unknown
  ) {
    self.text = text
    self.canonical = canonical
    start = 0
    lengthAndKind = 0
    self.span = span
    self.kind = kind
    self.gender = gender
  }

  /// A person's gender as the article's names, titles and pronouns suggest it (decided once, in
  /// coreference); `.unknown` for other kinds and for people nothing tells. Kept in bits 2–3
  /// of the packed word, beside the kind.
  public var gender: Gender {
    get { Gender(rawValue: UInt8((lengthAndKind >> 2) & 0x3)) ?? .unknown }
    set { lengthAndKind = lengthAndKind & ~0xC | UInt32(newValue.rawValue) << 2 }
  }

  /// The kind of entity.
  public var kind: EntityKind {
    get {
      switch lengthAndKind & 0x3 {
      case 0: .person
      case 1: .organization
      case 2: .place
      default: .group
      }
    }
    set {
      let index: UInt32 =
        switch newValue {
        case .person: 0
        case .organization: 1
        case .place: 2
        case .group: 3
        }
      lengthAndKind = lengthAndKind & ~0x3 | index
    }
  }

  /// Where the mention is, in UTF-8 bytes of the article's text.
  public var span: Span {
    get { Span(start: Int(start), end: Int(start) + Int(lengthAndKind >> 8)) }
    set {
      precondition(
        newValue.start >= 0 && newValue.end <= UInt32.max && newValue.count >= 0
          && newValue.count < 1 << 24)
      start = UInt32(truncatingIfNeeded: newValue.start)
      lengthAndKind = UInt32(truncatingIfNeeded: newValue.count) << 8 | lengthAndKind & 0xFF
    }
  }
}
