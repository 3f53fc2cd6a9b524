/// One hyphen-separated part of a word (`Guinea` and `Bissau` in `Guinea-Bissau`).
package struct TokenPart: Sendable, Hashable {
  /// The token the part belongs to.
  package var token: Int32
  /// Byte offsets of the part in the article text (a possessive ending is left out).
  package var start: Int32
  package var end: Int32
  /// The part's case (`lower`, `capitalized`, `allCaps`; `other` when it opens with a digit).
  package var shape: TokenShape
  /// A capital after a lower-case letter inside the part.
  package var camelCase: Bool
  /// The part's `WordHash`.
  package var key: UInt64
}
