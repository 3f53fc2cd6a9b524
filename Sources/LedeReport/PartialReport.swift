import LedeCore

/// A report's state before it is finished: what one shard of a corpus gives, written as one
/// JSON line by `lede report … --partial` and combined by `lede merge`.
///
/// Partials merge only when everything that decides the result is the same: the partial
/// format, Lede's version, the plugin's name, version and source hash, and the parameters.
/// The article and error counts add up; the state is merged by the plugin's aggregates.
public struct PartialReport: Sendable, Equatable {
  /// The version of this line's layout; a reader refuses others.
  public static let formatVersion = 1

  /// The layout version the line was written with.
  public var format: Int
  /// The Lede version that made it.
  public var ledeVersion: String
  /// The plugin's name.
  public var plugin: String
  /// The plugin's declared version.
  public var pluginVersion: String
  /// A hash of the plugin's source file, so an edited plugin is never merged with the old one.
  public var pluginHash: String
  /// The checked parameters with defaults, in the plugin's order.
  public var parameters: [(String, JSONValue)]
  /// Articles added to the state.
  public var articles: Int
  /// Inputs that could not be read (bad lines, unreadable files): counted, not fatal.
  public var errors: Int
  /// The plugin's saved aggregates.
  public var state: JSONValue

  /// A partial with every field given.
  public init(
    ledeVersion: String, plugin: String, pluginVersion: String, pluginHash: String,
    parameters: [(String, JSONValue)], articles: Int, errors: Int, state: JSONValue
  ) {
    self.format = Self.formatVersion
    self.ledeVersion = ledeVersion
    self.plugin = plugin
    self.pluginVersion = pluginVersion
    self.pluginHash = pluginHash
    self.parameters = parameters
    self.articles = articles
    self.errors = errors
    self.state = state
  }

  /// The hash recorded for a plugin's source text.
  public static func hash(ofSource source: String) -> String { StableHash.hex(of: source) }

  /// The partial as one line of JSON (no newline).
  public var jsonLine: String {
    var members: [(String, JSONValue)] = [
      ("lede_partial", .integer(format)), ("lede", .string(ledeVersion)),
      ("plugin", .string(plugin)), ("version", .string(pluginVersion)),
      ("hash", .string(pluginHash)), ("params", .object(Self.object(parameters))),
      ("articles", .integer(articles)), ("errors", .integer(errors)),
    ]
    members.append(("state", state))
    return JSONWriter.encode(.object(Self.object(members)))
  }

  /// Reads a line `jsonLine` wrote; the error says what is wrong with it.
  public init(line: String) throws(ReportError) {
    let value: JSONValue
    do throws(JSONParseError) {
      value = try JSONParser.parse(line)
    } catch {
      throw ReportError(
        .invalidPartial, "not JSON (column \(error.column): \(error.message))")
    }
    guard let object = value.objectValue else {
      throw ReportError(.invalidPartial, "expected a JSON object, got \(value.typeName)")
    }
    guard case .integer(let format)? = object["lede_partial"] else {
      throw ReportError(
        .invalidPartial,
        "not a partial report (no 'lede_partial' field): make partials with `lede report NAME --partial`"
      )
    }
    guard format == Self.formatVersion else {
      throw ReportError(
        .invalidPartial,
        "partial format \(format) is not \(Self.formatVersion), the one this lede reads")
    }
    func string(_ key: String) throws(ReportError) -> String {
      guard let s = object[key]?.stringValue else {
        throw ReportError(.invalidPartial, "field '\(key)' must be a string")
      }
      return s
    }
    func integer(_ key: String) throws(ReportError) -> Int {
      guard case .integer(let i)? = object[key], i >= 0 else {
        throw ReportError(.invalidPartial, "field '\(key)' must be a count")
      }
      return i
    }
    guard let params = object["params"]?.objectValue else {
      throw ReportError(.invalidPartial, "field 'params' must be an object")
    }
    guard let state = object["state"], state.objectValue != nil else {
      throw ReportError(.invalidPartial, "field 'state' must be an object")
    }
    self.format = format
    self.ledeVersion = try string("lede")
    self.plugin = try string("plugin")
    self.pluginVersion = try string("version")
    self.pluginHash = try string("hash")
    self.parameters = params.members.map { ($0.key, $0.value) }
    self.articles = try integer("articles")
    self.errors = try integer("errors")
    self.state = state
  }

  /// What, if anything, stops this partial from merging with `other`: nil when they merge.
  public func mismatch(with other: PartialReport) -> String? {
    if plugin != other.plugin { return "plugin '\(plugin)' against '\(other.plugin)'" }
    if pluginVersion != other.pluginVersion || pluginHash != other.pluginHash {
      return
        "\(plugin) \(pluginVersion) (source \(pluginHash)) against \(other.pluginVersion) (source \(other.pluginHash))"
    }
    if ledeVersion != other.ledeVersion {
      return "lede \(ledeVersion) against \(other.ledeVersion)"
    }
    if parametersText != other.parametersText {
      return "parameters \(parametersText) against \(other.parametersText)"
    }
    return nil
  }

  /// The parameters as compact JSON, for comparing and for messages.
  public var parametersText: String {
    JSONWriter.encode(.object(Self.object(parameters)))
  }

  private static func object(_ members: [(String, JSONValue)]) -> JSONObject {
    JSONObject(members.map { (key: $0.0, value: $0.1) })
  }

  public static func == (lhs: PartialReport, rhs: PartialReport) -> Bool {
    lhs.jsonLine == rhs.jsonLine
  }
}
