/// The possessive rule: a word ending in `'s` or `’s` (`Brown's`, `Russia’s`) is the name
/// before it plus the possessive. The entity recogniser, search and keyword in context all use
/// this one rule.
public enum Possessive {
  /// The end of the stem of the word `bytes[start..<end]` when it is a possessive, else nil.
  ///
  /// A word of two bytes or fewer (`'s` alone) has no stem.
  public static func stemEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Int?
  {
    guard end - start > 2, bytes[end - 1] == 0x73 || bytes[end - 1] == 0x53 else { return nil }
    if bytes[end - 2] == 0x27 { return end - 2 }
    // ’ is E2 80 99 in UTF-8.
    if end - start > 4, bytes[end - 2] == 0x99, bytes[end - 3] == 0x80, bytes[end - 4] == 0xE2 {
      return end - 4
    }
    return nil
  }

  /// The stem of `word` when it is a possessive (`brown's` → `brown`), else nil.
  public static func stem(of word: String) -> Substring? {
    var word = word
    let end = word.withUTF8 { stemEnd($0, 0, $0.count) }
    guard let end else { return nil }
    let utf8 = word.utf8
    return word[..<utf8.index(utf8.startIndex, offsetBy: end)]
  }
}
