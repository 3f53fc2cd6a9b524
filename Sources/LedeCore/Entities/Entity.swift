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
public struct Entity: Hashable, Sendable {
  /// The text of the mention, as it appears in the article.
  public var text: String
  /// The kind of entity.
  public var kind: EntityKind
  /// Where the mention is, in UTF-8 bytes of the article's text.
  public var span: Span
  /// The name all mentions of this referent share: the longest full name, without titles.
  public var canonical: String

  /// Creates a mention.
  public init(text: String, kind: EntityKind, span: Span, canonical: String) {
    self.text = text
    self.kind = kind
    self.span = span
    self.canonical = canonical
  }
}
