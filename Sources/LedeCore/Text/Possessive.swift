/// The possessive rule: a word ending in `'s` or `’s` (`Brown's`, `Russia’s`) is the name
/// before it plus the possessive, and so is a plural in `s'` or `s’` (`farmers'`, `Reynolds’`).
/// The entity recogniser, search and keyword in context, sentiment, stance, claim stance and the
/// folding of names across articles all use this one rule.
public enum Possessive {
  /// The end of the stem of the word `bytes[start..<end]` when it is a possessive, else nil.
  ///
  /// A word of two bytes or fewer (`'s` alone, `s'`) has no stem.
  public static func stemEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Int?
  {
    guard end - start > 2 else { return nil }
    let last = bytes[end - 1]
    // ’ is E2 80 99 in UTF-8.
    let curly = end - start > 4 && bytes[end - 3] == 0x80 && bytes[end - 4] == 0xE2
    if last | 0x20 == 0x73 {
      if bytes[end - 2] == 0x27 { return end - 2 }
      if curly, bytes[end - 2] == 0x99 { return end - 4 }
      return nil
    }
    if last == 0x27, bytes[end - 2] | 0x20 == 0x73 { return end - 1 }
    if last == 0x99, end - start > 4, bytes[end - 2] == 0x80, bytes[end - 3] == 0xE2,
      bytes[end - 4] | 0x20 == 0x73
    {
      return end - 3
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
