/// What the VADER tokenizer needs to know of a byte, in one table read: the range tests of
/// `ASCII` and `UTF8Scalar.isPythonSpace(byte:)` cost about 45 instructions for each letter of
/// a sentence (a third of the time of scoring one through Lua); the table is built from them,
/// so the rules stay where they are.
enum VaderByteClass {
  /// Python whitespace (ASCII).
  static let space: UInt8 = 0x01
  /// Python's `string.punctuation`.
  static let punctuation: UInt8 = 0x02
  /// A byte of a scalar outside ASCII.
  static let nonASCII: UInt8 = 0x04
  /// A lowercase ASCII letter.
  static let lower: UInt8 = 0x08
  /// An uppercase ASCII letter; the bit is ASCII's case bit, so `byte | (class & upper)` is
  /// the byte lowercased.
  static let upper: UInt8 = 0x20
  /// The classes that end a run of plain word bytes (ASCII letters, digits and controls that
  /// are not whitespace).
  static let notWord: UInt8 = space | punctuation | nonASCII
  static let cased: UInt8 = upper | lower

  /// The class of every byte.
  static let table: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
    let byte = UInt8(value)
    if byte >= 0x80 { return nonASCII }
    if UTF8Scalar.isPythonSpace(byte: byte) { return space }
    if ASCII.isPunctuation(byte) { return punctuation }
    if ASCII.isUpper(byte) { return upper }
    if ASCII.isLower(byte) { return lower }
    return 0
  }
}
