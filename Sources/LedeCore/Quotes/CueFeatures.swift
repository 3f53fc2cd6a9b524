/// The features of one word read as a cue (`CueModel`): each a template and up to two values
/// (`n=that`, `wn=accept that`), keyed over the values' word hashes so that an article's
/// features come off the token layer without a string made; their names are made only for
/// training (`lede-bench quote-cues`), which writes them into `Data/quotes/cue_model.tsv`.
struct CueFeatures {
  /// A kind of feature: its name in the model file and that name's hash. A static string,
  /// so that copying templates retains nothing.
  struct Template {
    let label: StaticString
    let hash: UInt64

    init(_ label: StaticString) {
      self.label = label
      self.hash = WordHash.of(label.description)
    }

    var name: String { label.description }
  }

  /// The templates and the marks' hashes, in one value that `Attribution` keeps: each
  /// `static let` read is a guarded call (some 400 instructions each on Linux), and a word's
  /// features read a dozen of them.
  struct Tables {
    let bias = Template("bias")
    let word = Template("w")
    let suffix3 = Template("s3")
    let suffix2 = Template("s2")
    let previous = Template("p")
    let previous2 = Template("p2")
    let next = Template("n")
    let next2 = Template("n2")
    let wordNext = Template("wn")
    let suffixNext = Template("s3n")
    let subject = Template("subj")
    let position = Template("pos")
    let quoted = Template("quoted")
    let cueAfter = Template("cueAfter")
    let gap = Template("gap")
    let length = Template("len")
    let end = Template("end")
    let end2 = Template("end2")
    /// The marks a feature names a token by when not by its word (`Attribution.cueContext`):
    /// outside the sentence, a capitalised name, a number, a word's ending that is not ASCII,
    /// and each punctuation shape (`<comma>`).
    let markNames =
      ["<s>", "</s>", "<cap>", "<num>", "<x>"] + TokenShape.allCases.map { "<\($0)>" }
    let marks: [UInt64]
    /// The values of `pos=`: the word's place in its sentence, 0, 1, 2, 3 to 5, or 6 and after.
    let positionNames = ["0", "1", "2", "3-5", "3-5", "3-5", "6+"]
    let positions: [UInt64]

    init() {
      marks = markNames.map { WordHash.of($0) }
      positions = positionNames.map { WordHash.of($0) }
    }
  }

  static let tables = Tables()

  /// Mixes a value's word hash into a feature's key: one multiply, where feeding the value's
  /// eight bytes through `WordHash.Phrase` cost a hundred instructions a feature.
  @inline(__always) static func mix(_ key: UInt64, _ value: UInt64) -> UInt64 {
    var x = (key ^ value) &* 0x9E37_79B9_7F4A_7C15
    x ^= x >> 31
    return x
  }

  /// The weights of the model that scores the features as they are added; nil when training,
  /// which keeps their keys and names instead.
  let weights: KeyMap<Float>?
  /// The sum of the features' weights so far (with `weights`).
  var score: Float = 0
  /// The features' keys, as `CueModel` looks them up (without `weights`).
  var keys: [UInt64] = []
  /// Their names (without `weights`).
  var names: [String]?

  /// Features scored by `weights` as they are added, or, without, kept with their names.
  init(weights: KeyMap<Float>?) {
    self.weights = weights
    if weights == nil {
      keys.reserveCapacity(20)
      names = []
    }
  }

  /// Adds a feature by its key.
  @inline(__always) mutating func add(key: UInt64) {
    if let weights {
      score += weights[key] ?? 0
    } else {
      keys.append(key)
    }
  }

  /// A feature's name read from its bytes: `wn=accept that` is the template `wn` and the
  /// words `accept` and `that`, and `bias` has no value. Gives the template's hash, the first
  /// value's word hash, and the key: the template's hash with the values' word hashes mixed in
  /// in order, as `add` makes it.
  static func parse(_ name: UnsafeBufferPointer<UInt8>) -> (
    template: UInt64, first: UInt64?, key: UInt64
  ) {
    let equals = name.firstIndex(of: UInt8(ascii: "=")) ?? name.count
    let template = WordHash.of(name, from: 0, to: equals)
    var key = template
    var first: UInt64?
    var start = equals + 1
    while start < name.count {
      var end = start
      while end < name.count, name[end] != 0x20 { end += 1 }
      if end > start {
        let value = WordHash.of(name, from: start, to: end)
        if first == nil { first = value }
        key = mix(key, value)
      }
      start = end + 1
    }
    return (template, first, key)
  }

  /// Adds a feature with no value.
  mutating func add(_ template: Template) {
    add(key: template.hash)
    if names != nil { names?.append(template.name) }
  }

  /// Adds a feature with one value, of word hash `value`, without its name (the caller names
  /// it when names are kept).
  mutating func add(_ template: Template, _ value: UInt64) {
    add(key: Self.mix(template.hash, value))
  }

  /// Adds a feature with two values, without its name.
  mutating func add(_ template: Template, _ first: UInt64, _ second: UInt64) {
    add(key: Self.mix(Self.mix(template.hash, first), second))
  }

  /// Adds a feature with one value, of word hash `value` and text `text` (made only when names
  /// are kept).
  mutating func add(_ template: Template, _ value: UInt64, _ text: @autoclosure () -> String) {
    add(template, value)
    if names != nil { names?.append(template.name + "=" + text()) }
  }

  /// Adds a feature with two values.
  mutating func add(
    _ template: Template, _ first: UInt64, _ second: UInt64,
    _ text: @autoclosure () -> String
  ) {
    add(template, first, second)
    if names != nil { names?.append(template.name + "=" + text()) }
  }
}
