import CLua
import CLuaShim
import LedeCore
import LedeReport

/// Mergeable plugins: their state over this runtime's corpus, and reports finished from merged
/// states. A single run goes through both, so it renders what merging its shards renders.
extension ScriptRuntime {
  /// Loads `AggregatePrelude` and returns a reference to its entry points.
  static func loadAggregates(in session: LuaSession, on stack: LuaStack) throws(HostError)
    -> LuaReference
  {
    let source = Array(AggregatePrelude.source.utf8)
    let status = source.withUnsafeBytes {
      lede_load(
        stack.L, $0.baseAddress?.assumingMemoryBound(to: CChar.self), $0.count, "=aggregates")
    }
    guard status == LUA_OK else {
      throw .message(stack.string(at: -1) ?? "the aggregates do not load")
    }
    try session.callWithTraceback(stack, arguments: 0, results: 1)
    defer { stack.pop() }
    guard let reference = session.makeReference(to: -1, on: stack) else {
      throw .message("the aggregates returned nothing")
    }
    return reference
  }

  /// Gives a mergeable plugin's table a `run` for scripts (`lede.plugin(name).run`).
  func attachRun(to table: LuaReference, on stack: LuaStack) throws(HostError) {
    try callAggregates("attach", on: stack, results: 0) {
      session.push(table, on: stack)
      return 1
    }
  }

  /// A mergeable plugin's saved state over the whole corpus, or over shard `shard.index` of
  /// `shard.count` (every count-th article), as JSON text, and the number of articles added.
  /// `numbered`: the session's article numbers are the corpus's (not a shard's own), so
  /// evidence may cite them.
  package func partialState(
    named name: String, parameters: [(String, LuaValue)],
    shard: (index: Int, count: Int) = (1, 1), numbered: Bool = true
  ) throws(LuaError) -> (state: String, articles: Int) {
    do {
      let result = try session.perform { stack throws(HostError) in
        let loaded = try loadPlugin(named: name, on: stack)
        session.phase = .running
        return try callAggregates("partial", on: stack, results: 2) { () throws(HostError) in
          session.push(loaded.table, on: stack)
          session.push(bridge.corpusObject, on: stack, bridge: bridge)
          try push(parameters, on: stack)
          stack.push(shard.index)
          stack.push(shard.count)
          stack.push(numbered)
          return 6
        } read: {
          (state: stack.string(at: -2) ?? "{}", articles: stack.integer(at: -1) ?? 0)
        }
      }
      session.phase = nil
      bridge.current = -1
      return result
    } catch {
      throw restoringPath(of: name, in: error)
    }
  }

  /// The report a mergeable plugin finishes from saved states merged in the order given (the
  /// order cannot change the result), over `articles` articles in all.
  package func finishedReport(
    named name: String, parameters: [(String, LuaValue)], states: [JSONValue], articles: Int
  ) throws(LuaError) -> LuaValue {
    do {
      let value = try session.perform { stack throws(HostError) in
        let loaded = try loadPlugin(named: name, on: stack)
        session.phase = .running
        return try callAggregates("finish", on: stack, results: 1) { () throws(HostError) in
          session.push(loaded.table, on: stack)
          try push(parameters, on: stack)
          try push(states, on: stack)
          stack.newTable(fieldCount: 1)
          stack.push(articles)
          stack.setField("articles", inTableAt: -2)
          return 4
        } read: {
          stack.value(at: -1)
        }
      }
      session.phase = nil
      return value
    } catch {
      throw restoringPath(of: name, in: error)
    }
  }

  /// Saved states merged into one saved state, as JSON text.
  package func mergedState(
    named name: String, parameters: [(String, LuaValue)], states: [JSONValue]
  ) throws(LuaError) -> String {
    do {
      let text = try session.perform { stack throws(HostError) in
        let loaded = try loadPlugin(named: name, on: stack)
        session.phase = .running
        return try callAggregates("merged", on: stack, results: 1) { () throws(HostError) in
          session.push(loaded.table, on: stack)
          try push(parameters, on: stack)
          try push(states, on: stack)
          return 3
        } read: {
          stack.string(at: -1) ?? "{}"
        }
      }
      session.phase = nil
      return text
    } catch {
      throw restoringPath(of: name, in: error)
    }
  }

  /// The report a mergeable plugin finished, typed without looking articles up: its evidence
  /// is the plain data the state kept, so a single run reads as a merge of shards does (no
  /// corpus position, path or surrounding text, which a shard cannot know).
  package func finishedReportValue(_ value: LuaValue) throws(ReportError) -> Report {
    try ReportReader.report(from: value, article: { _ in nil })
  }

  private func push(_ states: [JSONValue], on stack: LuaStack) throws(HostError) {
    stack.newTable(arrayCount: states.count)
    for (i, state) in states.enumerated() {
      try stack.push(json: state)
      stack.setIndex(i + 1, inTableAt: -2)
    }
  }

  private func push(_ parameters: [(String, LuaValue)], on stack: LuaStack) throws(HostError) {
    stack.newTable(fieldCount: parameters.count)
    for (key, value) in parameters {
      try stack.push(value)
      stack.setField(key, inTableAt: -2)
    }
  }

  private func callAggregates(
    _ entry: String, on stack: LuaStack, results: Int32,
    arguments: () throws(HostError) -> Int32
  ) throws(HostError) {
    try callAggregates(entry, on: stack, results: results, arguments: arguments) { () }
  }

  /// Calls one entry point of the aggregates with the arguments `arguments` pushes, and reads
  /// its results before they are popped.
  private func callAggregates<T>(
    _ entry: String, on stack: LuaStack, results: Int32,
    arguments: () throws(HostError) -> Int32, read: () -> T
  ) throws(HostError) -> T {
    guard let aggregates else { throw .message("the aggregates are not loaded") }
    session.push(aggregates, on: stack)
    stack.getField(entry, inTableAt: -1)
    defer { stack.pop() }
    let count = try arguments()
    try session.callWithTraceback(stack, arguments: count, results: results)
    defer { stack.pop(results) }
    return read()
  }
}
