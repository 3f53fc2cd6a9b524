import CLua

/// A field of a model object as Lua reads it, declared once: the `__index` help, completion,
/// `Reference.md` and the error for a field that does not exist all read this declaration.
struct ModelField: Sendable, Equatable {
  var name: String
  /// The Lua type of the value (`string`, `integer`, `string or nil`, `Article`…): completion
  /// follows it to the fields of the object it names.
  var type: String
  var help: String

  init(_ name: String, _ type: String, _ help: String) {
    self.name = name
    self.type = type
    self.help = help
  }
}

extension ObjectKind {
  /// The fields of this kind of object, in the order they are documented.
  var fields: [ModelField] {
    switch self {
    case .corpus, .tokenList: []
    case .article:
      [
        ModelField("id", "string", "Stable identifier derived from the content"),
        ModelField("title", "string or nil", "The headline"),
        ModelField("standfirst", "string or nil", "The summary under the headline"),
        ModelField("byline", "string or nil", "The author line"),
        ModelField("date", "string or nil", "ISO 8601 date, when known"),
        ModelField("source", "string or nil", "The outlet"),
        ModelField("section", "string or nil", "The desk (politics, business…)"),
        ModelField("url", "string or nil", "Where the article was published"),
        ModelField("path", "string or nil", "The file it was read from"),
        ModelField("format", "string", "text, markdown, json, jsonl, html, rss or atom"),
        ModelField("text", "string", "The text in reading order; spans point into it"),
        ModelField("meta", "table", "Every other field the source had"),
        ModelField("blocks", "list", "{role, start, stop, text, heading} in order"),
        ModelField("paragraphs", "list", "The blocks with role paragraph"),
        ModelField("sentences", "list of Sentence", "The sentences, in order"),
      ]
    case .sentence:
      [
        ModelField("text", "string", "The sentence's text"),
        ModelField("start", "integer", "First byte, 1-based"),
        ModelField("stop", "integer", "Last byte, inclusive"),
        ModelField("block", "integer", "The block it is in, 1-based"),
        ModelField("index", "integer", "Its position in the article's sentences"),
        ModelField("article", "Article", "The article it belongs to"),
      ]
    case .token:
      [
        ModelField("text", "string", "The token as written"),
        ModelField("lower", "string", "The token in lower case"),
        ModelField("kind", "string", "word, number, punct, symbol, url…"),
        ModelField("start", "integer", "First byte, 1-based"),
        ModelField("stop", "integer", "Last byte, inclusive"),
        ModelField("index", "integer", "Its position in the article's tokens"),
      ]
    case .entity:
      [
        ModelField("text", "string", "The mention as written"),
        ModelField("kind", "string", "person, organization, place or group"),
        ModelField("canonical", "string", "The name all mentions of the referent share"),
        ModelField("entity", "string or nil", "The id of the corpus-wide entity"),
        ModelField("start", "integer", "First byte, 1-based"),
        ModelField("stop", "integer", "Last byte, inclusive"),
        ModelField("article", "Article", "The article it is in"),
      ]
    case .quote:
      [
        ModelField("text", "string", "The quoted or reported words"),
        ModelField("kind", "string", "direct, partial or indirect"),
        ModelField("source", "string or nil", "The words naming the speaker where the quote is"),
        ModelField("speaker", "string or nil", "The canonical name the source resolves to"),
        ModelField("entity", "string or nil", "The id of the speaker's corpus-wide entity"),
        ModelField("cue", "string or nil", "The verb or phrase that attributes it"),
        ModelField("confidence", "number", "How sure the attribution is, 0 to 1"),
        ModelField("start", "integer", "First byte, 1-based"),
        ModelField("stop", "integer", "Last byte, inclusive"),
        ModelField("speaker_start", "integer or nil", "First byte of the source"),
        ModelField("speaker_stop", "integer or nil", "Last byte of the source"),
        ModelField("article", "Article", "The article it is in"),
      ]
    case .place:
      [
        ModelField("name", "string", "The gazetteer's name"),
        ModelField("text", "string", "The mention as written"),
        ModelField("geonameid", "integer", "GeoNames id"),
        ModelField("lat", "number", "Latitude"),
        ModelField("lon", "number", "Longitude"),
        ModelField("country", "string or nil", "ISO 3166-1 alpha-2 code"),
        ModelField("kind", "string", "country, admin, city, region or continent"),
        ModelField("role", "string", "location, actor or modifier"),
        ModelField("start", "integer", "First byte, 1-based"),
        ModelField("stop", "integer", "Last byte, inclusive"),
        ModelField("article", "Article", "The article it is in"),
      ]
    case .focus:
      [
        ModelField("country", "string or nil", "The country the article is about (ISO code)"),
        ModelField("countries", "list", "{country, score} for each country, best first"),
        ModelField("city", "Place or nil", "The city the article is about"),
        ModelField("article", "Article", "The article it is the focus of"),
      ]
    case .gazetteerPlace:
      [
        ModelField("geonameid", "integer", "GeoNames id"),
        ModelField("name", "string", "The gazetteer's name"),
        ModelField("kind", "string", "country, admin, city, region or continent"),
        ModelField("country", "string or nil", "ISO 3166-1 alpha-2 code"),
        ModelField("admin1", "string or nil", "First-level division code"),
        ModelField("lat", "number", "Latitude"),
        ModelField("lon", "number", "Longitude"),
        ModelField("population", "integer", "GeoNames population (0 when it has none)"),
      ]
    case .corpusEntity:
      [
        ModelField("id", "string", "Stable id from the kind and the name"),
        ModelField("name", "string", "The name shown for it"),
        ModelField("kind", "string", "person, organization, place or group"),
        ModelField("aliases", "list of strings", "Its other names, most used first"),
        ModelField("articles", "integer", "How many articles mention it"),
        ModelField("mentions", "integer", "How many mentions it has"),
      ]
    }
  }

  /// The help of the kind's `__index`: `Fields:` and the names (completion reads it).
  var fieldsHelp: String { "Fields: " + fields.map(\.name).joined(separator: " ") }

  /// The declared field names of each kind, by raw value, made once.
  private static let declaredNames: [Set<String>] = allCases.map { Set($0.fields.map(\.name)) }

  /// Whether `name` is a declared field of this kind.
  func declares(_ name: String) -> Bool { Self.declaredNames[Int(rawValue)].contains(name) }
}

extension ModelBridge {
  /// The key an `__index` is asked for, when this kind declares it as a field; any other key
  /// is the unknown-field error. Every `__index` switches on this, so a field it answers but
  /// `fields` does not declare cannot be read: what Lua reads is what `Reference.md`, `.help`
  /// and completion show.
  func field(_ call: HostCall, _ kind: ObjectKind) throws(HostError) -> String {
    guard call.stack.type(at: 2) == LUA_TSTRING, let key = call.stack.string(at: 2),
      kind.declares(key)
    else { throw unknownField(call, kind) }
    return key
  }

  /// The error for reading a field an object does not have, naming the nearest field or
  /// method: "no field 'speakr' in Quote; did you mean 'speaker'?".
  func unknownField(_ call: HostCall, _ kind: ObjectKind) -> HostError {
    let key: String
    switch call.stack.type(at: 2) {
    case LUA_TSTRING: key = call.stack.string(at: 2) ?? ""
    case LUA_TNUMBER:
      return .message("no field '\(call.stack.tostring(at: 2))' in \(kind.typeName)")
    default: return .message("no field of type \(call.stack.typeName(at: 2)) in \(kind.typeName)")
    }
    let methods = call.session.library.functions.compactMap { f -> String? in
      f.name.hasPrefix(kind.typeName + ":") && !f.shortName.hasPrefix("__") ? f.shortName : nil
    }
    let names = kind.fields.map(\.name) + methods
    let suggestion = Self.nearest(key, in: names).map { "; did you mean '\($0)'?" } ?? ""
    return .message("no field '\(key)' in \(kind.typeName)\(suggestion)")
  }

  /// The name closest to `key` by edit distance, if it is close enough to be a typo.
  static func nearest(_ key: String, in names: [String]) -> String? {
    let a = Array(key.lowercased())
    var best: (name: String, distance: Int)?
    for name in names {
      let d = editDistance(a, Array(name))
      if d < (best?.distance ?? Int.max) { best = (name, d) }
    }
    guard let best, best.distance <= max(2, a.count / 3) else { return nil }
    return best.name
  }

  private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + [Int](repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      previous = current
    }
    return previous[b.count]
  }
}
