import CLua
import CLuaShim
import LedeAnalysis
import LedeCore
import LedeReport

/// One run of Lua over a corpus: a fresh session with the model, the report builder and the
/// plugins, so one run cannot change another.
package final class ScriptRuntime {
  package let session: LuaSession
  package let bridge: ModelBridge
  package let plugins: PluginRegistry
  /// Plugin tables loaded in this session, by name.
  var loadedPlugins: [String: (info: PluginInfo, table: LuaReference)] = [:]
  /// The entry points of `AggregatePrelude`: partial, finish and attach.
  var aggregates: LuaReference?

  /// A session over `corpus` with `limits`.
  package init(
    corpus: Corpus, limits: Limits = Limits(), plugins: PluginRegistry = PluginRegistry()
  )
    throws(LuaError)
  {
    let bridge = ModelBridge(corpus: corpus)
    let box = RuntimeBox()
    let library = HostLibrary.standard + .model(bridge) + ScriptRuntime.pluginLibrary(box)
    session = try LuaSession(limits: limits, library: library)
    self.bridge = bridge
    self.plugins = plugins
    box.runtime = self
    session.articleSource = { [unowned bridge] in
      bridge.current >= 0 && Int(bridge.current) < bridge.store.count
        ? bridge.label(of: bridge.current) : nil
    }
    let session = session
    // Run inside `do`, rethrowing: with a bare `try` here, the debug build crashed releasing a
    // value twice at the end of this initialiser when tests made runtimes side by side
    // (Swift 6.0, ValuePrinterTests, once the bridge gained the corpus-entity state).
    do {
      aggregates = try session.perform { stack throws(HostError) in
        try bridge.install(in: session, on: stack)
        let source = Array(Prelude.source.utf8)
        let status = source.withUnsafeBytes {
          lede_load(
            stack.L, $0.baseAddress?.assumingMemoryBound(to: CChar.self), $0.count, "=prelude")
        }
        guard status == LUA_OK else {
          throw .message(stack.string(at: -1) ?? "prelude does not load")
        }
        session.push(bridge.methods[Int(ObjectKind.corpus.rawValue)], on: stack)
        try session.callWithTraceback(stack, arguments: 1, results: 0)
        return try Self.loadAggregates(in: session, on: stack)
      }
    } catch {
      throw error
    }
  }

  /// The declaration of `lede.plugin`, which needs the runtime it belongs to.
  static func pluginLibrary(_ box: RuntimeBox) -> HostLibrary {
    HostLibrary(functions: [
      HostFunction(
        name: "lede.plugin", params: "name", result: "table",
        help:
          "A plugin's table, to reuse its functions from a script: lede.plugin(\"overview\").run(corpus, {})"
      ) { call throws(HostError) in
        let name = try call.checkString(1)
        guard let runtime = box.runtime else { throw .message("no runtime") }
        let loaded = try runtime.loadPlugin(named: name, on: call.stack)
        runtime.session.push(loaded.table, on: call.stack)
        return 1
      }
    ])
  }

  /// Loads (once per session) and validates a plugin, in host mode.
  func loadPlugin(named name: String, on stack: LuaStack) throws(HostError) -> (
    info: PluginInfo, table: LuaReference
  ) {
    if let loaded = loadedPlugins[name] { return loaded }
    guard let source = plugins.find(name) else {
      let hint = plugins.suggestion(for: name).map { "; did you mean '\($0)'?" } ?? ""
      throw .message("unknown plugin '\(name)'\(hint) (`lede plugins` lists them)")
    }
    let bytes: [UInt8]
    do { bytes = try LuaSession.readScript(at: source.path) } catch {
      throw .message(error.message)
    }
    // The phase stays set when an error leaves: it is stamped on the error as it is classified.
    session.phase = .loading
    let status = bytes.withUnsafeBytes {
      lede_load(
        stack.L, $0.baseAddress?.assumingMemoryBound(to: CChar.self), $0.count, "@" + source.path)
    }
    guard status == LUA_OK else {
      throw .message(stack.string(at: -1) ?? "\(source.path): cannot load")
    }
    try session.callWithTraceback(stack, arguments: 0, results: 1)
    session.phase = .checking
    let info: PluginInfo
    do {
      info = try PluginValidator.validate(
        stack.value(at: -1), path: source.path, expectedName: name)
    } catch {
      stack.pop()
      throw .message(error.message)
    }
    guard let table = session.makeReference(to: -1, on: stack) else {
      throw .message("cannot keep plugin \(name)")
    }
    stack.pop()
    session.phase = nil
    if info.isMergeable { try attachRun(to: table, on: stack) }
    loadedPlugins[name] = (info, table)
    return (info, table)
  }

  /// Loads and validates a plugin (phases loading and checking).
  package func plugin(named name: String) throws(LuaError) -> PluginInfo {
    do {
      return try session.perform { stack throws(HostError) in
        try loadPlugin(named: name, on: stack).info
      }
    } catch {
      throw restoringPath(of: name, in: error)
    }
  }

  /// Lua shortens long chunk names (`...tail`); messages about a plugin get its whole path back.
  func restoringPath(of name: String, in error: LuaError) -> LuaError {
    guard let path = plugins.find(name)?.path else { return error }
    return LuaSession.restoringLongName("@" + path, in: error)
  }

  /// Runs a plugin with checked parameters; returns its report.
  package func runPlugin(named name: String, parameters: [(String, LuaValue)]) throws(LuaError)
    -> LuaValue
  {
    do {
      let value = try session.perform { stack throws(HostError) in
        let loaded = try loadPlugin(named: name, on: stack)
        session.phase = .running
        session.push(loaded.table, on: stack)
        stack.getField("run", inTableAt: -1)
        session.push(bridge.corpusObject, on: stack, bridge: bridge)
        stack.newTable(fieldCount: parameters.count)
        for (key, value) in parameters {
          try stack.push(value)
          stack.setField(key, inTableAt: -2)
        }
        try session.callWithTraceback(stack, arguments: 2, results: 1)
        return stack.value(at: -1)
      }
      session.phase = nil
      bridge.current = -1
      return value
    } catch {
      throw restoringPath(of: name, in: error)
    }
  }

  /// The report a plugin or script returned, typed.
  package func report(from value: LuaValue) throws(ReportError) -> Report {
    let corpus = bridge.corpus
    return try ReportReader.report(
      from: value, article: { id in bridge.store.first { $0.id == id } },
      number: { corpus.number(of: $0) })
  }

  /// Whether a value is a report made by `lede.report`.
  package static func isReport(_ value: LuaValue) -> Bool { ReportReader.isReport(value) }
}

/// Lets host functions declared before the runtime exists reach it once it does.
final class RuntimeBox: @unchecked Sendable {
  weak var runtime: ScriptRuntime?
}

extension ModelBridge {
  var corpusObject: ObjectRef { ObjectRef(kind: .corpus, article: 0, index: 0) }
}

extension LuaSession {
  func push(_ ref: ObjectRef, on stack: LuaStack, bridge: ModelBridge) {
    bridge.push(ref, on: stack, session: self)
  }
}
