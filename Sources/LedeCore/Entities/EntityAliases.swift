import Foundation

/// Names an analyst declares to be one entity: `Conservative Party` is also `Tories` and
/// `Conservatives`. Read from an aliases file (`--aliases FILE`) or given by `lede.aliases{…}`.
///
/// The file format is one entity a line: the name, then its aliases, separated by tabs;
/// `#` starts a comment line and blank lines are skipped:
///
///     # name<TAB>alias<TAB>alias…
///     Conservative Party	Tories	Conservatives	Tory party
public struct EntityAliases: Sendable, Equatable {
  /// Each declared name with its aliases, in the order given.
  public private(set) var groups: [(name: String, aliases: [String])] = []

  public init() {}

  /// Declares `aliases` as other names of `name`.
  public mutating func add(name: String, aliases: [String]) {
    if let i = groups.firstIndex(where: { NameFold.key($0.name) == NameFold.key(name) }) {
      groups[i].aliases += aliases
    } else {
      groups.append((name, aliases))
    }
  }

  /// Adds every group of `other`.
  public mutating func add(_ other: EntityAliases) {
    for group in other.groups { add(name: group.name, aliases: group.aliases) }
  }

  public var isEmpty: Bool { groups.isEmpty }

  /// The declared name each folded alias (and name) stands for.
  var targets: [String: String] {
    var map: [String: String] = [:]
    for group in groups {
      map[NameFold.key(group.name)] = group.name
      for alias in group.aliases { map[NameFold.key(alias)] = group.name }
    }
    return map
  }

  public static func == (a: EntityAliases, b: EntityAliases) -> Bool {
    a.groups.count == b.groups.count
      && zip(a.groups, b.groups).allSatisfy { $0.name == $1.name && $0.aliases == $1.aliases }
  }

  /// Why an aliases file could not be used.
  public struct FileError: Error, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var reason: String
    public var description: String {
      "\(path)\(line.map { ":\($0)" } ?? ""): \(reason)"
    }
  }

  /// Reads an aliases file (format above).
  public static func read(path: String) throws(FileError) -> EntityAliases {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw FileError(path: path, reason: "cannot read the aliases file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw FileError(path: path, reason: "the aliases file is not UTF-8 text")
    }
    return try parse(text, path: path)
  }

  /// Parses the text of an aliases file; `path` names it in errors.
  public static func parse(_ text: String, path: String) throws(FileError) -> EntityAliases {
    var aliases = EntityAliases()
    var failure: FileError?
    TSVReader.forEachRow(Array(text.utf8), comments: false) { row in
      let fields = (0..<row.count).map { row.string($0).trimmingCharacters(in: .whitespaces) }
      let line = fields.joined(separator: " ").trimmingCharacters(in: .whitespaces)
      guard failure == nil, !line.isEmpty, !line.hasPrefix("#") else { return }
      let named = fields.filter { !$0.isEmpty }
      guard named.count >= 2 else {
        failure = FileError(
          path: path, line: row.line,
          reason: "expected a name and at least one alias separated by tabs, got '\(line)'")
        return
      }
      guard NameFold.words(named[0]).count > 0 else {
        failure = FileError(path: path, line: row.line, reason: "'\(named[0])' is not a name")
        return
      }
      aliases.add(name: named[0], aliases: Array(named.dropFirst()))
    }
    if let failure { throw failure }
    return aliases
  }
}
