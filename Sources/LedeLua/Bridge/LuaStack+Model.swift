import CLua
import LedeCore

extension LuaStack {
  /// Pushes a string, or nil.
  func push(optional value: String?) {
    if let value { push(value) } else { pushNil() }
  }

  /// Pushes a span as Lua sees spans: 1-based, inclusive byte positions `start` and `stop`.
  func setSpan(_ span: Span, inTableAt table: Int32, prefix: String = "") {
    let table = absolute(table)
    push(span.start + 1)
    setField(prefix + "start", inTableAt: table)
    push(span.end)
    setField(prefix + "stop", inTableAt: table)
  }
}
