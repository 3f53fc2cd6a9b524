/// How a host function fails. The dispatcher turns it into a Lua error raised by the C
/// trampoline after the Swift frames have returned, so `defer` blocks run as usual.
package struct HostError: Error {
  enum Payload {
    /// Raised like `luaL_error`: prefixed with the calling chunk's `file:line:`.
    case message(String)
    /// The error value is already on top of the stack; raised as it is.
    case valueOnStack
    /// A nested run failed; re-raised with its own message.
    case lua(LuaError)
    /// Raised like `error(text, 0)`: the message alone, with no position (a fault of the
    /// installation, such as a missing data file, not of the calling line).
    case plain(String)
  }

  let payload: Payload

  /// An error message, positioned at the Lua code that made the call.
  package static func message(_ text: String) -> HostError { HostError(payload: .message(text)) }

  /// The value on top of the stack is the error to raise.
  package static let valueOnStack = HostError(payload: .valueOnStack)

  /// An error message raised as it is, with no position (`error(text, 0)`).
  package static func plain(_ text: String) -> HostError { HostError(payload: .plain(text)) }

  /// Re-raises the failure of a nested run.
  package static func lua(_ error: LuaError) -> HostError { HostError(payload: .lua(error)) }
}
