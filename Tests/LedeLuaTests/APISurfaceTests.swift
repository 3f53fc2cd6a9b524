import Foundation
import LedeCore
import Testing

@testable import LedeLua

/// One declaration per model field (issue 12): what a script can reach is what the reference
/// lists. Each test walks the live Lua side (a session with an article loaded), so a field, a
/// method or a `lede` function added there without reaching `Reference.md` fails here.
@Suite struct APISurfaceTests {
  static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seeds/lavrov-visits-north-korea.txt").path

  /// A runtime whose corpus holds the seed.
  static func runtime() throws -> ScriptRuntime {
    let runtime = try ScriptRuntime(corpus: Corpus(), limits: testLimits())
    _ = try runtime.session.run("lede.load(...)", name: "load", arguments: [.string(seed)])
    return runtime
  }

  /// One object of each kind, by type name, as Lua code.
  static let objects = """
    local a = corpus[1]
    local objects = {
      Corpus = corpus, Article = a, Sentence = a.sentences[1], Token = a:tokens()[1],
      TokenList = a:tokens(), Entity = a:entities()[1], Quote = a:quotes()[1],
      Place = a:places()[1], CorpusEntity = corpus:entities()[1], Focus = a:focus(),
      GazetteerPlace = lede.gazetteer.lookup('Paris')[1],
    }
    """

  @Test func everyDeclaredFieldReads() throws {
    let runtime = try Self.runtime()
    var fields = "local fields = {\n"
    for kind in ObjectKind.allCases {
      let names = kind.fields.map { "'\($0.name)'" }.joined(separator: ", ")
      fields += "  \(kind.typeName) = {\(names)},\n"
    }
    fields += "}\n"
    let failures = try runtime.session.run(
      Self.objects + fields + """
        local failed = {}
        for kind, names in pairs(fields) do
          local object = objects[kind]
          if object == nil then failed[#failed + 1] = kind .. ': no object in the seed' end
          for _, name in ipairs(names) do
            local ok, err = pcall(function() return object[name] end)
            if not ok then failed[#failed + 1] = kind .. '.' .. name .. ': ' .. tostring(err) end
          end
        end
        table.sort(failed)
        return table.concat(failed, '\\n')
        """, name: "fields")
    #expect(failures.first == .string(""), "declared but not readable: \(failures)")
  }

  /// The article's fields are matched on bytes (`ArticleField`) for speed: the same names.
  @Test func articleFieldsAreTheDeclaredOnes() {
    #expect(ArticleField.allCases.map { "\($0)" } == ObjectKind.article.fields.map(\.name))
  }

  /// A key no declaration lists is refused even if an `__index` would answer it.
  @Test func anUndeclaredKeyIsRefused() throws {
    let runtime = try Self.runtime()
    let result = try runtime.session.run(
      Self.objects + """
        local ok, err = pcall(function() return objects.Quote.speakr end)
        return tostring(ok) .. ' ' .. err
        """, name: "undeclared")
    #expect(result.first?.stringValue?.hasSuffix("did you mean 'speaker'?") == true, "\(result)")
  }

  @Test func everyDeclaredFieldIsInTheReference() {
    let reference = APIReference.markdown()
    for kind in ObjectKind.allCases {
      for field in kind.fields {
        let shown = "`\(kind.typeName.lowercased()).\(field.name)` (\(field.type))"
        #expect(reference.contains(shown), "\(shown) is not in Reference.md")
      }
    }
  }

  /// Every function of the `lede` library, every method of the model objects and of the
  /// report builder, as the running session has them (host or Lua), is in the reference.
  @Test func everyNameAScriptReachesIsInTheReference() throws {
    let runtime = try Self.runtime()
    let listed = try runtime.session.run(
      Self.objects + """
        local names = {}
        local function walk(t, prefix, depth)
          for k, v in pairs(t) do
            if type(k) == 'string' then
              if type(v) == 'table' and depth < 3 then walk(v, prefix .. k .. '.', depth + 1)
              else names[#names + 1] = '`' .. prefix .. k end
            end
          end
        end
        walk(lede, 'lede.', 1)
        local function methods(t, receiver)
          for k, v in pairs(t) do
            if type(v) == 'function' and not k:match('^__') then
              names[#names + 1] = '`' .. receiver .. ':' .. k
            end
          end
        end
        local r = lede.report{title = 'x', columns = {'a'}}
        methods(getmetatable(r), 'r')
        methods(getmetatable(r:table{name = 'b', columns = {'a'}}), 't')
        -- Aggregates: the reference lists their methods once for every kind (`:total()`).
        for _, kind in ipairs{'count', 'sum', 'mean', 'variance', 'min', 'max', 'counts',
          'first', 'set'} do
          for k, v in pairs(getmetatable(lede.aggregate(kind))) do
            if type(v) == 'function' and not k:match('^__') and k ~= 'new' then
              names[#names + 1] = ':' .. k .. '('
            end
          end
        end
        table.sort(names)
        return table.concat(names, '\\n')
        """, name: "names")
    var names = (listed.first?.stringValue ?? "").split(separator: "\n").map(String.init)
    // The methods of each model object, including those the prelude adds in Lua.
    for kind in ObjectKind.allCases {
      let table = try runtime.session.perform { stack throws(HostError) -> LuaValue in
        runtime.session.push(runtime.bridge.methods[Int(kind.rawValue)], on: stack)
        defer { stack.pop() }
        return stack.value(at: -1, depth: 1)
      }
      for entry in table.tableValue?.entries ?? [] {
        guard let name = entry.key.stringValue, !name.hasPrefix("__") else { continue }
        names.append("`\(kind.typeName.lowercased()):\(name)(")
      }
    }
    #expect(names.count > 45, "\(names)")
    let reference = APIReference.markdown()
    for name in names {
      let continuations = ["(", "{", "`", " ", "."]
      let found =
        name.hasSuffix("(") || name.hasPrefix(":")
        ? reference.contains(name)
        : continuations.contains { reference.contains(name + $0) }
      #expect(found, "\(name.dropFirst()) is reachable from Lua but not in Reference.md")
    }
  }

  /// Lua code giving a list of sample tables of each kind, from the seed.
  static func samples(_ table: ResultTable) -> String {
    switch table {
    case .stance: "a:stances()"
    case .cue: "lede.stance.cues()"
    case .claim: "{lede.stance.claim('Russia sent arms', a)}"
    case .claimScores: "{lede.stance.claim('Russia sent arms', a).scores}"
    case .focusCountry: "a:focus().countries"
    case .scores: "{a:sentiment(), a.sentences[1]:sentiment(), lede.sentiment.score('a fine day')}"
    case .toward: "{lede.sentiment.toward('Putin praised Kim', 'Kim')}"
    case .tone: "{a:toward(a:entities()[1]), a:toward('Lavrov')}"
    case .toneMention: "a:toward('Lavrov').evidence"
    }
  }

  /// The tables analyses return hold exactly their declared fields: every key is declared,
  /// and every field that cannot be nil is there.
  @Test(arguments: ResultTable.allCases) func resultTablesHoldTheirDeclaredFields(
    _ table: ResultTable
  ) throws {
    let runtime = try Self.runtime()
    let listed = try runtime.session.run(
      Self.objects + """
        local items, lines = \(Self.samples(table)), {}
        for _, t in ipairs(items) do
          local keys = {}
          for k in pairs(t) do keys[#keys + 1] = tostring(k) end
          lines[#lines + 1] = table.concat(keys, ' ')
        end
        return table.concat(lines, '\\n')
        """, name: "results")
    let items = (listed.first?.stringValue ?? "").split(separator: "\n").map {
      Set($0.split(separator: " ").map(String.init))
    }
    #expect(!items.isEmpty, "no sample of \(table.title)")
    let declared = Set(table.fields.map(\.name))
    let required = Set(table.fields.filter { !$0.type.hasSuffix("or nil") }.map(\.name))
    for keys in items {
      #expect(keys.subtracting(declared).isEmpty, "undeclared in \(table.title)")
      #expect(required.subtracting(keys).isEmpty, "missing from \(table.title)")
    }
  }

  @Test func everyResultFieldIsInTheReference() {
    let reference = APIReference.markdown()
    for table in ResultTable.allCases {
      for field in table.fields {
        let shown = "`\(table.prefix).\(field.name)` (\(field.type))"
        #expect(reference.contains(shown), "\(shown) is not in Reference.md")
      }
    }
  }
}
